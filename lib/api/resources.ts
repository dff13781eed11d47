import type { Db } from '@/db/client';
import * as accounts from '@/lib/domain/accounts';
import * as catalogue from '@/lib/domain/catalogue';
import * as devices from '@/lib/domain/devices';
import * as pbx from '@/lib/domain/pbx';
import * as placeholders from '@/lib/domain/placeholders';
import * as redirection from '@/lib/domain/redirection-servers';
import * as templates from '@/lib/domain/templates';
import * as files from '@/lib/domain/files';
import * as schemas from '@/lib/validation/entities';
import type { z } from 'zod';

type Row = Record<string, unknown>;
type Patch = Record<string, unknown>;

/** One REST collection under /api/v1/<name>: domain verbs plus the schema that documents its body. */
export type Resource = {
  schema?: z.ZodType;
  list: (db: Db, tenantId: number, params: URLSearchParams) => { items: Row[]; total?: number };
  get: (db: Db, tenantId: number, id: number, reveal: boolean) => Row;
  create?: (db: Db, tenantId: number, body: unknown) => Row;
  update?: (db: Db, tenantId: number, id: number, body: Patch) => Row;
  remove?: (db: Db, tenantId: number, id: number) => void;
  /** Extra read-only fields added to every answer (generated file name, usage…). */
  decorate?: (db: Db, tenantId: number, row: Row) => Row;
};

const items = (rows: Row[]) => ({ items: rows });

export const RESOURCES: Record<string, Resource> = {
  brands: {
    schema: schemas.brandSchema,
    list: (db, t) => items(catalogue.listBrands(db, t)),
    get: catalogue.getBrand,
    create: catalogue.createBrand,
    update: catalogue.updateBrand,
    remove: catalogue.deleteBrand,
  },
  'filename-rules': {
    schema: schemas.filenameRuleSchema,
    list: (db, t) => items(catalogue.listFilenameRules(db, t)),
    get: catalogue.getFilenameRule,
    create: catalogue.createFilenameRule,
    update: catalogue.updateFilenameRule,
    remove: catalogue.deleteFilenameRule,
  },
  'device-models': {
    schema: schemas.deviceModelSchema,
    list: (db, t) => items(catalogue.listDeviceModels(db, t)),
    get: catalogue.getDeviceModel,
    create: catalogue.createDeviceModel,
    update: catalogue.updateDeviceModel,
    remove: catalogue.deleteDeviceModel,
  },
  templates: {
    schema: schemas.templateSchema,
    list: (db, t, params) => items(templates.listTemplates(db, t).filter((row) => !params.get('modelId') || row.modelId === Number(params.get('modelId')))),
    get: templates.getTemplate,
    create: templates.createTemplate,
    update: templates.updateTemplate,
    remove: templates.deleteTemplate,
  },
  placeholders: {
    schema: schemas.placeholderSchema,
    list: (db, t) => items(placeholders.listPlaceholders(db, t)),
    get: placeholders.getPlaceholder,
    create: placeholders.createPlaceholder,
    update: placeholders.updatePlaceholder,
    remove: placeholders.deletePlaceholder,
    decorate: (db, t, row) => ({ token: `%%_${row.name}%%`, ...placeholders.placeholderUsage(db, t, String(row.name)) }),
  },
  'network-interfaces': {
    schema: schemas.networkInterfaceSchema,
    list: (db, t) => items(pbx.listNetworkInterfaces(db, t)),
    get: pbx.getNetworkInterface,
    create: pbx.createNetworkInterface,
    update: pbx.updateNetworkInterface,
    remove: pbx.deleteNetworkInterface,
  },
  accounts: {
    schema: schemas.accountSchema,
    list: (db, t) => items(accounts.listAccounts(db, t)),
    get: accounts.getAccount,
    create: accounts.createAccount,
    update: accounts.updateAccount,
    remove: accounts.deleteAccount,
  },
  devices: {
    schema: schemas.deviceSchema,
    list: (db, t, params) => devices.listDevices(db, t, devices.deviceFilterFrom(params)),
    get: devices.getDevice,
    create: devices.createDevice,
    update: devices.updateDevice,
    remove: devices.deleteDevice,
    decorate: (db, t, row) => ({ file: devices.deviceFile(db, Number(row.id)), macAlsoInTenants: devices.tenantsSharingMac(db, t, String(row.mac)) }),
  },
  'redirection-servers': {
    schema: schemas.redirectionServerSchema,
    list: (db, t) => items(redirection.listRedirectionServers(db, t)),
    get: redirection.getRedirectionServer,
    create: redirection.createRedirectionServer,
    update: redirection.updateRedirectionServer,
    remove: redirection.deleteRedirectionServer,
  },
  files: {
    list: (db, t) => items(files.listFiles(db, t)),
    get: files.getFile,
  },
  'unknown-devices': {
    list: (db, t) => items(files.listUnknownDevices(db, t)),
    get: files.getUnknownDevice,
    remove: files.dismissUnknownDevice,
  },
};
