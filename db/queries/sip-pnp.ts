import type { Statement } from 'better-sqlite3';
import type { Db } from '@/db/client';

export type PnpTenant = { id: number; uuid: string; name: string; isDefault: number; pnpUrlScheme: 'http' | 'https' | 'tftp' };
export type PnpDevice = { id: number; fileName: string | null; brand: string };

type PnpStatements = {
  tenants: Statement<[], PnpTenant>;
  device: Statement<[number, string], PnpDevice>;
  answerUnknown: Statement<[number], { v: number }>;
};
const cache = new WeakMap<Db, PnpStatements>();

function statements(db: Db): PnpStatements {
  let s = cache.get(db);
  if (!s) {
    s = {
      tenants: db.$client.prepare(
        'SELECT t.id, t.uuid, t.name, t.is_default AS isDefault, p.pnp_url_scheme AS pnpUrlScheme FROM tenants t LEFT JOIN pbx_settings p ON p.tenant_id = t.id',
      ),
      device: db.$client.prepare(
        `SELECT d.id, g.file_name AS fileName, b.name AS brand FROM devices d
           JOIN device_models m ON m.id = d.model_id JOIN brands b ON b.id = m.brand_id
           LEFT JOIN generated_files g ON g.device_id = d.id
         WHERE d.tenant_id = ? AND d.mac = ? AND d.is_enabled = 1`,
      ),
      answerUnknown: db.$client.prepare('SELECT pnp_answer_unknown AS v FROM pbx_settings WHERE tenant_id = ?'),
    };
    cache.set(db, s);
  }
  return s;
}

/** Every tenant, for the "only when single-tenant" rule of SIP PnP. */
export const pnpTenants = (db: Db) => statements(db).tenants.all();

/** The enabled device of the tenant with this MAC, with its file name and brand. */
export const pnpDevice = (db: Db, tenantId: number, mac: string) => statements(db).device.get(tenantId, mac);

/** Whether the admin asked to answer phones no device matches. */
export const pnpAnswersUnknown = (db: Db, tenantId: number) => !!statements(db).answerUnknown.get(tenantId)?.v;
