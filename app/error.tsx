'use client';

import { ErrorPanel } from '@/components/errors/error-panel';
import { StandalonePage } from '@/components/layout/standalone-page';

/** Unexpected failures below the root layout; expected ones are ActionResults shown where they happen. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <StandalonePage>
      <ErrorPanel error={error} retry={retry} />
    </StandalonePage>
  );
}
