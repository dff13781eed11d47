'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { logoutAction } from '@/lib/actions/auth';
import { useT } from '@/lib/i18n/client';

/** Ends the session, forgets cached console data and shows the sign-in page. */
export function LogoutButton() {
  const t = useT();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      size="sm"
      variant="ghost"
      isPending={isPending}
      onClick={() =>
        startTransition(async () => {
          await logoutAction();
          queryClient.clear();
          router.replace('/login');
        })
      }
    >
      {t('shell.logout')}
    </Button>
  );
}
