import { NotFoundPanel } from '@/components/errors/not-found-panel';
import { StandalonePage } from '@/components/layout/standalone-page';

/** Unknown URLs (and notFound() outside the console); inside the console, app/(console)/not-found.tsx keeps the shell. */
export default function NotFound() {
  return (
    <StandalonePage>
      <NotFoundPanel />
    </StandalonePage>
  );
}
