import { NotFoundPanel } from '@/components/errors/not-found-panel';

/** notFound() from a console page (a deleted device, a bad id): the same message, but inside the shell so the navigation stays. */
export default function ConsoleNotFound() {
  return (
    <div className="flex justify-center py-10">
      <NotFoundPanel />
    </div>
  );
}
