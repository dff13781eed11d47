'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { fileKeys } from '@/lib/query-keys';
import type { FileDetail } from '@/lib/provisioning/file-view';

/**
 * The body of a generated file. Secrets (SIP and admin passwords) arrive masked; "Reveal secrets"
 * fetches the file again in clear, and the clear copy is not kept in the query cache once hidden.
 */
export function FileViewer({ initial }: { initial: FileDetail }) {
  const t = useT('files');
  const [isRevealed, setIsRevealed] = useState(false);
  const { data, isFetching, isError } = useQuery({
    queryKey: fileKeys.detail(initial.id, isRevealed),
    queryFn: ({ signal }) => fetchJson<FileDetail>(`/api/console/files/${initial.id}${isRevealed ? '?reveal=1' : ''}`, signal),
    initialData: isRevealed ? undefined : initial,
    placeholderData: keepPreviousData,
    gcTime: isRevealed ? 0 : undefined,
  });
  const file = data ?? initial;
  const isShowingClear = isRevealed && !!data && !data.secretsMasked;
  const hasSecrets = initial.secretsMasked;

  return (
    <Card labelledBy="file-body" className="min-w-0">
      <CardHeader
        id="file-body"
        title={t('viewer.title')}
        description={t('viewer.lines', { count: file.body.split('\n').length })}
        actions={
          <>
            {hasSecrets &&
              (isRevealed ? (
                <Button size="sm" onClick={() => setIsRevealed(false)}>
                  {t('viewer.hide')}
                </Button>
              ) : (
                <Button size="sm" onClick={() => setIsRevealed(true)}>
                  {t('viewer.reveal')}
                </Button>
              ))}
            <a href={`/api/console/files/${initial.id}/download`} download={initial.fileName} className={buttonClasses({ variant: 'primary', size: 'sm' })}>
              {t('viewer.download')}
            </a>
          </>
        }
      />
      <div className="flex flex-col gap-3 px-5 py-4">
        {isError && <Alert>{t('viewer.loadFailed')}</Alert>}
        {hasSecrets &&
          (isShowingClear ? (
            <Alert tone="danger">{t('viewer.revealed')}</Alert>
          ) : (
            <Alert tone="info">{isRevealed && isFetching ? t('viewer.revealing') : t('viewer.masked')}</Alert>
          ))}
        <pre
          data-testid="file-body"
          aria-busy={isFetching || undefined}
          className="max-h-[36rem] overflow-auto rounded-md bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100"
        >
          {file.body}
        </pre>
      </div>
    </Card>
  );
}
