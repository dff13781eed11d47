/** 20×20 outline icons for the sidebar (decorative: the label names the link). */
const PATHS = {
  dashboard: 'M3 10.5 10 4l7 6.5M5 9v7h4v-4h2v4h4V9',
  devices: 'M6 3h8a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Zm1 3h6v3H7zM8 12h.01M10 12h.01M12 12h.01M8 14h.01M10 14h.01M12 14h.01',
  accounts: 'M10 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-6 7a6 6 0 0 1 12 0',
  models: 'M4 5h12v8H4zM8 16h4M10 13v3',
  templates: 'M6 3h6l4 4v10H6zM12 3v4h4M8 11h6M8 14h4',
  placeholders: 'M7 5 4 10l3 5M13 5l3 5-3 5',
  redirection: 'M4 10h10m-3-3 3 3-3 3M16 4v12',
  files: 'M4 6h5l1 2h6v8H4z',
  audit: 'M7 4h6v2H7zM5 5h2m6 0h2v12H5V5M8 10h4M8 13h4',
  unknown: 'M8 8a2 2 0 1 1 3 1.7c-.6.4-1 .8-1 1.3V12m0 3h.01M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Z',
  settings: 'M10 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM10 2v2m0 12v2M2 10h2m12 0h2M4.3 4.3l1.4 1.4m8.6 8.6 1.4 1.4M4.3 15.7l1.4-1.4m8.6-8.6 1.4-1.4',
} as const;

export type NavIconName = keyof typeof PATHS;

export function NavIcon({ name, className }: { name: NavIconName; className?: string }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" className={className}>
      <path d={PATHS[name]} />
    </svg>
  );
}
