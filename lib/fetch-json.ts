/** GET a console route handler; a lost session sends the browser to the sign-in page. */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (response.status === 401) {
    window.location.assign('/login');
    throw new Error('unauthorized');
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
