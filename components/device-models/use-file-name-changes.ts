'use client';

import { useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@/components/forms/use-debounced-value';
import { fetchJson } from '@/lib/fetch-json';
import type { FilenameRuleFacts } from '@/lib/file-name-rule';
import { modelKeys } from '@/lib/query-keys';
import type { FileNameChanges } from '@/db/queries/file-name-changes';

export type FileNameChangesRequest = ({ ruleId: number } | { modelId: number }) & FilenameRuleFacts;

/**
 * The old → new file names of an unsaved rule edit or model rule change, once the fields stop changing;
 * `request` null: nothing to preview (the rule is unchanged). `data` is undefined while it loads.
 */
export function useFileNameChanges(request: FileNameChangesRequest | null) {
  const debounced = useDebouncedValue(request);
  const settled = request === null ? null : debounced;
  const query = useQuery({
    queryKey: modelKeys.fileNameChanges(settled ?? {}),
    queryFn: ({ signal }) =>
      fetchJson<FileNameChanges>(`/api/console/file-name-changes?${new URLSearchParams(Object.entries(settled!).map(([k, v]) => [k, String(v)]))}`, signal),
    enabled: settled !== null && JSON.stringify(settled) === JSON.stringify(request),
    staleTime: 0,
  });
  return {
    changes: request === null ? null : query.data,
    isLoading: request !== null && (query.isFetching || JSON.stringify(debounced) !== JSON.stringify(request)),
    isError: query.isError,
  };
}
