'use client';

import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import type { DeviceRef } from '@/db/queries/devices';
import type { TemplatePreview } from '@/lib/provisioning/template-preview';

type RenderPreviewProps = {
  devices: DeviceRef[];
  deviceId: number | null;
  onDeviceChange: (deviceId: number | null) => void;
  preview: TemplatePreview | undefined;
  isFetching: boolean;
  isError: boolean;
  isEmpty: boolean;
};

/** The live render of the unsaved body, for one of the model's devices or for sample values. */
export function RenderPreview({ devices, deviceId, onDeviceChange, preview, isFetching, isError, isEmpty }: RenderPreviewProps) {
  const t = useT('templates');
  const caption = preview?.ok ? (preview.fileName ? t('preview.fileName', { fileName: preview.fileName }) : t('preview.sampleFile')) : null;
  return (
    <Card labelledBy="preview-title">
      <CardHeader
        id="preview-title"
        title={t('preview.title')}
        description={t('preview.description')}
        actions={isFetching && <span className="text-xs text-slate-400">{t('preview.rendering')}</span>}
      />
      <CardBody className="flex flex-col gap-3">
        <Field label={t('preview.renderFor')} hint={devices.length === 0 ? t('preview.noDevices') : undefined} className="max-w-sm">
          <Select value={deviceId ?? ''} onChange={(e) => onDeviceChange(Number(e.target.value) || null)}>
            <option value="">{t('preview.sample')}</option>
            {devices.map((d) => (
              <option key={d.id} value={d.id}>
                {formatMac(d.mac, 'colon-upper')}
                {d.label ? ` — ${d.label}` : ''}
              </option>
            ))}
          </Select>
        </Field>
        {caption && <p className="font-mono text-xs text-slate-500">{caption}</p>}
        <div aria-busy={isFetching || undefined} className="max-h-[28rem] overflow-auto rounded-md bg-slate-900 ring-1 ring-slate-800">
          {isEmpty ? (
            <p className="px-4 py-3 text-sm text-slate-400">{t('preview.empty')}</p>
          ) : preview && !preview.ok ? (
            <p className="px-4 py-3 text-sm text-red-300">{t('preview.blocked')}</p>
          ) : isError ? (
            <p className="px-4 py-3 text-sm text-red-300">{t('preview.failed')}</p>
          ) : (
            <pre className="min-h-24 whitespace-pre px-4 py-3 font-mono text-xs leading-relaxed text-slate-100">
              {preview?.ok
                ? preview.text.split('\n').map((line, i) => {
                    const from = preview.sources[i] ?? [];
                    // Hovering a line says which placeholders put values on it.
                    const title = from.length > 0 ? t('preview.lineFrom', { placeholders: from.map((p) => `%%${p}%%`).join(', ') }) : undefined;
                    return (
                      <span key={i} title={title} className={from.length > 0 ? 'hover:bg-slate-800' : undefined}>
                        {line}
                        {'\n'}
                      </span>
                    );
                  })
                : ''}
            </pre>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
