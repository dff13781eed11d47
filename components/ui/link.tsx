'use client';

// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the one place next/link is used: see below.
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import { type ComponentProps, useRef } from 'react';

type LinkProps = ComponentProps<typeof NextLink>;

/**
 * The console's link: prefetches when the admin shows intent (pointer over it, keyboard focus, touch), not whenever it
 * scrolls into view. Next's default fetched every menu entry and every row's link of a table after each navigation
 * (24+ requests after a save); a page of 200 devices would fetch 400. `prefetch` given explicitly keeps Next's meaning.
 */
export function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const router = useRouter();
  const done = useRef(false);
  if (prefetch !== undefined) return <NextLink prefetch={prefetch} onMouseEnter={onMouseEnter} onFocus={onFocus} onTouchStart={onTouchStart} {...props} />;
  const onIntent = () => {
    if (done.current || typeof props.href !== 'string' || !props.href.startsWith('/')) return;
    done.current = true;
    router.prefetch(props.href);
  };
  return (
    <NextLink
      prefetch={false}
      onMouseEnter={(event) => {
        onIntent();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        onIntent();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        onIntent();
        onTouchStart?.(event);
      }}
      {...props}
    />
  );
}
