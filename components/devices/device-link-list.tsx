import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { cn } from '@/components/ui/cn';
import { formatMac } from '@/lib/mac';

type DeviceLink = { id: number; mac: string; label: string };

/** Devices as MAC links to their pages, each with its label: what keeps something from being deleted. */
export function DeviceLinkList({ devices, className }: { devices: readonly DeviceLink[]; className?: string }) {
  return (
    <ul className={cn('flex flex-col gap-1 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200', className)}>
      {devices.map((d) => (
        <li key={d.id}>
          <Link href={`/devices/${d.id}` as Route} className="font-mono font-medium text-brand-700 hover:underline">
            {formatMac(d.mac, 'colon-upper')}
          </Link>
          {d.label && <span className="ml-2 text-slate-600">{d.label}</span>}
        </li>
      ))}
    </ul>
  );
}
