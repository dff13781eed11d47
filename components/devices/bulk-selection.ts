'use client';

import { useState } from 'react';
import type { BulkTarget } from '@/lib/validation/device-bulk';
import type { DeviceListParams } from '@/lib/validation/list-params';

type Selection = { key: string; ids: ReadonlySet<number>; allMatching: boolean };

/** The list's filter without its paging: what "all matching" selects. */
export const filterOf = ({ page: _page, pageSize: _size, ...filter }: DeviceListParams): Omit<DeviceListParams, 'page' | 'pageSize'> => filter;

/**
 * The rows picked on the devices table: some rows of the page shown, or every device the filter selects. Another page,
 * filter or sort clears it, so a bulk action never works on rows the admin no longer sees.
 */
export function useBulkSelection(params: DeviceListParams, pageIds: readonly number[], total: number) {
  const key = JSON.stringify(params);
  const empty: Selection = { key, ids: new Set(), allMatching: false };
  const [state, setState] = useState<Selection>(empty);
  const selection = state.key === key ? state : empty;
  if (state.key !== key) setState(empty);

  const isPageSelected = selection.allMatching || (pageIds.length > 0 && pageIds.every((id) => selection.ids.has(id)));
  const count = selection.allMatching ? total : selection.ids.size;
  const target: BulkTarget | null = selection.allMatching
    ? { kind: 'filter', filter: { ...filterOf(params), page: 1 } }
    : selection.ids.size > 0
      ? { kind: 'ids', ids: [...selection.ids] }
      : null;
  return {
    count,
    target,
    allMatching: selection.allMatching,
    isPageSelected,
    isPartlySelected: !isPageSelected && pageIds.some((id) => selection.ids.has(id)),
    isSelected: (id: number) => selection.allMatching || selection.ids.has(id),
    toggle(id: number) {
      const ids = new Set(selection.allMatching ? pageIds : selection.ids);
      if (!ids.delete(id)) ids.add(id);
      setState({ key, ids, allMatching: false });
    },
    togglePage() {
      setState({ key, ids: new Set(isPageSelected || selection.allMatching ? [] : pageIds), allMatching: false });
    },
    selectAllMatching: () => setState({ key, ids: new Set(pageIds), allMatching: true }),
    clear: () => setState(empty),
  };
}
export type BulkSelection = ReturnType<typeof useBulkSelection>;
