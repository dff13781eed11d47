'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useT } from '@/lib/i18n/client';
import type { AuditLogParams } from '@/lib/validation/audit-log';

type AuditFiltersProps = { params: AuditLogParams; onChange: (params: AuditLogParams) => void; actors: string[]; entities: readonly string[] };

const orUndefined = (value: string) => value || undefined;

/** Who, what and a date range (days in the PBX's time zone, as the table shows times). */
export function AuditFilters({ params, onChange, actors, entities }: AuditFiltersProps) {
  const t = useT('audit');
  const isFiltered = Boolean(params.actor || params.entity || params.from || params.to);
  return (
    <div
      role="search"
      aria-label={t('filters.label')}
      className="grid grid-cols-2 gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 md:grid-cols-[repeat(4,1fr)_auto]"
    >
      <Field label={t('filters.actor')}>
        <Select value={params.actor ?? ''} onChange={(e) => onChange({ ...params, actor: orUndefined(e.target.value) })}>
          <option value="">{t('common:ui.all')}</option>
          {actors.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('filters.entity')}>
        <Select value={params.entity ?? ''} onChange={(e) => onChange({ ...params, entity: orUndefined(e.target.value) })}>
          <option value="">{t('common:ui.all')}</option>
          {entities.map((entity) => (
            <option key={entity} value={entity}>
              {t(`entities.${entity}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('filters.from')}>
        <Input
          type="date"
          value={params.from?.slice(0, 10) ?? ''}
          max={params.to?.slice(0, 10)}
          onChange={(e) => onChange({ ...params, from: orUndefined(e.target.value) })}
        />
      </Field>
      <Field label={t('filters.to')}>
        <Input
          type="date"
          value={params.to?.slice(0, 10) ?? ''}
          min={params.from?.slice(0, 10)}
          onChange={(e) => onChange({ ...params, to: orUndefined(e.target.value) })}
        />
      </Field>
      <div className="col-span-2 flex items-end md:col-span-1">
        <Button variant="ghost" disabled={!isFiltered} onClick={() => onChange({ page: 1 })}>
          {t('filters.clear')}
        </Button>
      </div>
    </div>
  );
}
