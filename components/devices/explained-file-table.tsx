import type { ValueSource } from '@/lib/provisioning/explain';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { getT } from '@/lib/i18n/server';

type Line = { number: number; text: string; sources: ValueSource[] };

/** The file's lines; beside each, where its values come from (PBX settings, a line's account, the device, a custom placeholder). */
export async function ExplainedFileTable({ lines }: { lines: Line[] }) {
  const { t } = await getT();
  const describe = (s: ValueSource) => {
    switch (s.kind) {
      case 'pbx':
        return t('devices:explain.sources.pbx');
      case 'device':
        return t('devices:explain.sources.device');
      case 'account':
        return t('devices:explain.sources.account', { line: s.line, extension: s.extension });
      case 'custom':
        return s.interfaceName ? t('devices:explain.sources.customInterface', { name: s.interfaceName }) : t('devices:explain.sources.customStatic');
    }
  };
  return (
    <Table caption={t('devices:explain.caption')}>
      <THead>
        <tr>
          <TH className="w-12 text-right">{t('devices:explain.columns.line')}</TH>
          <TH>{t('devices:explain.columns.text')}</TH>
          <TH>{t('devices:explain.columns.sources')}</TH>
        </tr>
      </THead>
      <TBody>
        {lines.map((line) => (
          <TR key={line.number}>
            <TD className="text-right align-top font-mono text-xs text-slate-400">{line.number}</TD>
            <TD className="whitespace-pre-wrap break-all align-top font-mono text-xs text-slate-900">{line.text}</TD>
            <TD className="align-top">
              <ul className="flex flex-col gap-1">
                {line.sources.map((source) => (
                  <li key={source.placeholder} className="flex flex-wrap items-center gap-2 text-xs">
                    <Badge tone="info">{`%%${source.placeholder}%%`}</Badge>
                    <span className="text-slate-600">{describe(source)}</span>
                  </li>
                ))}
              </ul>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
