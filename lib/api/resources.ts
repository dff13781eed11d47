import type { z } from 'zod';
import type { Db } from '@/db/client';
import * as accountReads from '@/db/queries/accounts';
import { auditScopeOf, getAuditEntry, listAuditLog } from '@/db/queries/audit-log';
import { deviceFetchHistory } from '@/db/queries/device-fetches';
import * as deviceReads from '@/db/queries/devices';
import * as modelReads from '@/db/queries/device-models';
import { listFiles } from '@/db/queries/files';
import * as pbxReads from '@/db/queries/pbx';
import { getPlaceholder, listPlaceholders, placeholderUsage } from '@/db/queries/placeholders';
import { listRedirectionServerRows } from '@/db/queries/redirection-servers';
import { getTemplate, listTemplates } from '@/db/queries/templates';
import { listTemplateVersions, templateVersionView } from '@/db/queries/template-versions';
import { deviceRedirectionStatus } from '@/db/queries/redirection-jobs';
import { getUnknownDevice, unknownDeviceRowPage } from '@/db/queries/unknown-devices';
import * as accounts from '@/lib/domain/accounts';
import * as brands from '@/lib/domain/brands';
import * as models from '@/lib/domain/device-models';
import * as devices from '@/lib/domain/devices';
import * as rules from '@/lib/domain/filename-rules';
import * as pbx from '@/lib/domain/pbx';
import * as placeholders from '@/lib/domain/placeholders';
import * as redirection from '@/lib/domain/redirection-servers';
import * as templates from '@/lib/domain/templates';
import { dismissUnknownDevice } from '@/lib/domain/unknown-devices';
import { found } from '@/lib/errors';
import { redirectionUrl } from '@/lib/provisioning/channels';
import { phoneUrlCredentials } from '@/lib/provisioning/protection/url-credentials';
import { explainDeviceFile } from '@/lib/provisioning/explain';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { viewFile } from '@/lib/provisioning/file-view';
import * as schemas from '@/lib/validation/entities';
import {
  ACCOUNT_SORT,
  accountListParamsSchema,
  deviceListParamsSchema,
  FILE_SORT,
  fileListParamsSchema,
  paramsRecord,
  resolveSort,
  unknownDeviceListParamsSchema,
} from '@/lib/validation/list-params';
import { reconcileFixSchema } from '@/lib/validation/redirection-form';
import { auditLogParamsSchema } from '@/lib/validation/audit-log';

type Row = Record<string, unknown>;
type Patch = Record<string, unknown>;

/** One REST collection under /api/v1/<name>: reads from db/queries, writes and rules from lib/domain, and the schema that documents its body. */
export type Resource = {
  schema?: z.ZodType;
  list: (db: Db, tenantId: number, params: URLSearchParams) => { items: Row[]; total?: number };
  get: (db: Db, tenantId: number, id: number, reveal: boolean) => Row;
  create?: (db: Db, tenantId: number, body: unknown) => Row;
  update?: (db: Db, tenantId: number, id: number, body: Patch) => Row;
  remove?: (db: Db, tenantId: number, id: number, params: URLSearchParams) => void;
  /** Columns never answered, not even to an admin asking for secrets (credentials kept for a vendor). */
  hidden?: readonly string[];
  /** Hashes of a generated file, null to a viewer whatever it asks for (lib/api/serialize.ts withoutSecretHashes). */
  secretHashes?: readonly string[];
  /** Verbs under /api/v1/<name>/<id>/<action>, by HTTP method. */
  actions?: Record<
    string,
    Partial<
      Record<
        'GET' | 'POST',
        (ctx: { db: Db; tenantId: number; id: number; body: unknown; tenant: { uuid: string; name: string; isDefault: boolean } }) => unknown
      >
    >
  >;
  /** Read-only items under an action: GET /api/v1/<name>/<id>/<action>/<key> (a template's version by number). */
  actionItems?: Record<string, (ctx: { db: Db; tenantId: number; id: number; key: number }) => unknown>;
  /** Extra read-only fields added to every answer (generated file, usage…). */
  decorate?: (db: Db, tenantId: number, row: Row) => Row;
};

const items = (rows: Row[]) => ({ items: rows });

/** What an action answers when it creates a row of its resource: 201, presented like a create (decorated, secrets hidden). */
export class Created {
  constructor(readonly row: Row) {}
}
const created = (row: Row) => new Created(row);
/** A read by id that answers 404 when the row is missing or another tenant's. */
const byId =
  <T extends Row>(read: (db: Db, tenantId: number, id: number) => T | undefined, entity: string) =>
  (db: Db, tenantId: number, id: number) =>
    found(read(db, tenantId, id), entity);

export const RESOURCES: Record<string, Resource> = {
  brands: {
    schema: schemas.brandSchema,
    list: (db, t) => items(modelReads.listBrands(db, t)),
    get: byId(modelReads.getBrand, 'brand'),
    create: brands.createBrand,
    update: brands.updateBrand,
    remove: brands.deleteBrand,
  },
  'filename-rules': {
    schema: schemas.filenameRuleSchema,
    list: (db, t) => items(modelReads.listFilenameRules(db, t)),
    get: byId(modelReads.getFilenameRule, 'filename rule'),
    create: rules.createFilenameRule,
    update: rules.updateFilenameRule,
    remove: rules.deleteFilenameRule,
  },
  'device-models': {
    schema: schemas.deviceModelSchema,
    list: (db, t) => items(modelReads.listDeviceModels(db, t)),
    get: byId(modelReads.getDeviceModel, 'model'),
    create: models.createDeviceModel,
    update: models.updateDeviceModel,
    remove: models.deleteDeviceModel,
  },
  templates: {
    schema: schemas.templateSchema,
    list: (db, t, params) => items(listTemplates(db, t, params.has('modelId') ? Number(params.get('modelId')) : undefined)),
    get: byId(getTemplate, 'template'),
    create: templates.createTemplate,
    update: templates.updateTemplate,
    remove: templates.deleteTemplate,
    // History (issue 11): read-only; a restore is a save through the console.
    actions: {
      versions: {
        GET: ({ db, tenantId, id }) => {
          found(getTemplate(db, tenantId, id), 'template');
          return items(listTemplateVersions(db, tenantId, id));
        },
      },
    },
    actionItems: { versions: ({ db, tenantId, id, key }) => found(templateVersionView(db, tenantId, id, key), 'template version') },
  },
  placeholders: {
    schema: schemas.placeholderSchema,
    list: (db, t) => items(listPlaceholders(db, t)),
    get: byId(getPlaceholder, 'placeholder'),
    create: placeholders.createPlaceholder,
    update: placeholders.updatePlaceholder,
    remove: placeholders.deletePlaceholder,
    decorate: (db, t, row) => ({ token: `%%_${row.name}%%`, ...placeholderUsage(db, t, String(row.name)) }),
  },
  'network-interfaces': {
    schema: schemas.networkInterfaceSchema,
    list: (db, t) => items(pbxReads.listNetworkInterfaces(db, t)),
    get: byId(pbxReads.getNetworkInterface, 'network interface'),
    create: pbx.createNetworkInterface,
    update: pbx.updateNetworkInterface,
    remove: pbx.deleteNetworkInterface,
  },
  accounts: {
    schema: schemas.accountSchema,
    list: (db, t, params) => items(accountReads.listAccounts(db, t, resolveSort(ACCOUNT_SORT, accountListParamsSchema.parse(paramsRecord(params))))),
    get: byId(accountReads.getAccount, 'account'),
    create: accounts.createAccount,
    update: accounts.updateAccount,
    remove: accounts.deleteAccount,
  },
  devices: {
    schema: schemas.deviceSchema,
    list: (db, t, params) => deviceReads.listDevices(db, t, deviceListParamsSchema.parse(paramsRecord(params))),
    get: byId(deviceReads.getDevice, 'device'),
    create: devices.createDevice,
    update: devices.updateDevice,
    remove: devices.deleteDevice,
    actions: {
      explain: { GET: ({ db, tenantId, id }) => found(explainDeviceFile(db, tenantId, id, serverFacts()), 'device') },
      fetches: { GET: ({ db, tenantId, id, tenant }) => found(deviceFetchHistory(db, { id: tenantId, isDefault: tenant.isDefault }, id), 'device') },
      // Phone access, first-fetch window: the device's file is served without credentials for the window, from now.
      arm: { POST: ({ db, tenantId, id }) => devices.armDevice(db, tenantId, id) },
      // `{ mac, label? }`: a copy with everything else the same; answered like a create (201, secrets hidden).
      clone: { POST: ({ db, tenantId, id, body }) => created(devices.cloneDevice(db, tenantId, id, body ?? {})) },
    },
    decorate: (db, t, row) => ({
      file: deviceReads.deviceFile(db, Number(row.id)),
      macAlsoInTenants: deviceReads.tenantsSharingMac(db, t, String(row.mac)),
      sync: deviceReads.deviceSync(db, Number(row.id)),
      redirection: deviceRedirectionStatus(db, t, deviceReads.devicesWithBrand(db, t, Number(row.id))[0]),
    }),
    secretHashes: ['lastFetchedSha256', 'file.sha256'],
  },
  'redirection-servers': {
    schema: schemas.redirectionServerSchema,
    list: (db, t) => items(listRedirectionServerRows(db, t)),
    get: (db, t, id) =>
      found(
        listRedirectionServerRows(db, t).find((s) => s.id === id),
        'redirection server',
      ),
    create: (db, t, body) => redirection.createRedirectionServer(db, t, body),
    update: redirection.updateRedirectionServer,
    remove: (db, t, id, params) => redirection.deleteRedirectionServer(db, t, id, { deregister: params.get('deregister') === 'true' }),
    hidden: ['password'],
    actions: {
      test: { POST: ({ db, tenantId, id }) => redirection.testRedirectionServer(db, tenantId, id) },
      reconcile: {
        GET: async ({ db, tenantId, id, tenant }) => ({
          items: await redirection.reconcileRedirectionServer(db, tenantId, id, redirectionUrl({ ...tenant, credentials: phoneUrlCredentials(db, tenantId) })),
        }),
        POST: async ({ db, tenantId, id, body, tenant }) => {
          const rows =
            (body as { items?: unknown } | null)?.items ??
            (await redirection.reconcileRedirectionServer(db, tenantId, id, redirectionUrl({ ...tenant, credentials: phoneUrlCredentials(db, tenantId) })));
          return { queued: redirection.fixReconcileRows(db, tenantId, id, reconcileFixSchema.parse(rows)) };
        },
      },
    },
  },
  files: {
    list: (db, t, params) => items(listFiles(db, t, resolveSort(FILE_SORT, fileListParamsSchema.parse(paramsRecord(params))))),
    get: (db, t, id, reveal) => found(viewFile(db, t, id, reveal, serverFacts()), 'file'),
    // How the serving path finds a file, not part of it.
    hidden: ['lookupName', 'macStart', 'macEnd'],
    secretHashes: ['sha256'],
  },
  'unknown-devices': {
    list: (db, t, params) => unknownDeviceRowPage(db, t, unknownDeviceListParamsSchema.parse(paramsRecord(params))),
    get: byId(getUnknownDevice, 'unknown device'),
    remove: dismissUnknownDevice,
  },
  /** Read-only: who changed what (issue 10). */
  'audit-log': {
    list: (db, t, params) => listAuditLog(db, auditScopeOf(db, t), auditLogParamsSchema.parse(paramsRecord(params))),
    get: byId(getAuditEntry, 'audit log entry'),
  },
};
