import { z } from 'zod';
import { deviceCloneSchema } from '@/lib/validation/device-clone';
import { ACCOUNT_SORT, AUDIT_SORT, DEVICE_SORT, FILE_SORT, type SortSpec, UNKNOWN_DEVICE_SORT } from '@/lib/validation/list-params';
import { pbxSettingsSchema, tenantSchema } from '@/lib/validation/entities';
import { phoneAccessFields } from '@/lib/validation/phone-access';
import { MAX_IMPORT_BODY_BYTES } from './body';
import { RESOURCES } from './resources';

const schemaName = (resource: string) => resource.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()).replace(/s$/, '') + 'Input';

const ACTION_SUMMARIES: Record<string, string> = {
  'devices/explain': "The device's file line by line, with the placeholders behind each line and where their values come from (secrets masked)",
  'devices/fetches':
    "What the device's phone asked for: its last fetch, its last 50 requests (time, channel, IP, User-Agent, status), whether it holds the current file, and the names it asked for that got 404 (times in epoch ms)",
  'redirection-servers/test': 'Authenticate at the vendor and list its servers or profiles; `{ ok, servers }` or `{ ok: false, kind, detail }`',
  'templates/versions': "The template's saved versions, newest first (`{ items }`: number, when, who, comment, origin, changedDevices count); read-only",
  'redirection-servers/reconcile':
    'GET: phones only at the vendor, only here or pointing elsewhere. POST `{ items? }`: queue their fixes (all differences when `items` is left out)',
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponses = {
  '400': { description: 'Invalid input: `fields` maps each field to its messages', content: { 'application/json': { schema: ref('Error') } } },
  '401': { description: 'Missing or unknown bearer token' },
  '404': { description: 'No such item' },
  '409': { description: 'Conflict (duplicate MAC, file name, name; item in use)', content: { 'application/json': { schema: ref('Error') } } },
  '422': {
    description: 'A template or common file cannot be rendered; `details` lists the issues with line numbers',
    content: { 'application/json': { schema: ref('Error') } },
  },
};
const tenantParam = {
  name: 'tenant',
  in: 'query',
  required: false,
  description: 'Tenant UUID; the default tenant when omitted',
  schema: { type: 'string', format: 'uuid' },
};
const revealParam = {
  name: 'reveal',
  in: 'query',
  required: false,
  description: '`secrets` shows SIP/admin passwords (admin tokens only); otherwise they are write-only',
  schema: { type: 'string', enum: ['secrets'] },
};
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const listFilter = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const deviceFilters = [
  listFilter('q', 'MAC in any notation, label, extension or model name'),
  listFilter('brandId', 'Brand id', { type: 'integer' }),
  listFilter('modelId', 'Model id', { type: 'integer' }),
  listFilter('enabled', '`1` enabled, `0` disabled', { type: 'string', enum: ['1', '0'] }),
  listFilter('fetched', '`1` fetched at least once, `0` never', { type: 'string', enum: ['1', '0'] }),
  listFilter('pending', '`1` the file changed since the phone last fetched it', { type: 'string', enum: ['1', '0'] }),
  listFilter('redirection', 'State at the redirection server', { type: 'string', enum: ['registered', 'pending', 'failed'] }),
];
const pageParams = [
  listFilter('page', 'Page number; past the last page answers the last one', { type: 'integer', minimum: 1 }),
  listFilter('pageSize', 'Rows per page (50 when omitted)', { type: 'integer', minimum: 1, maximum: 500 }),
];
/** `sort` and `dir`, the same as the console's lists; an unknown value falls back to the default. */
const sortParams = ({ columns, defaultColumn }: SortSpec) => [
  listFilter('sort', `Sort column (\`${defaultColumn}\` when omitted or unknown)`, { type: 'string', enum: Object.keys(columns) }),
  listFilter(
    'dir',
    `\`asc\` or \`desc\`; when omitted, ${Object.entries(columns)
      .map(([column, dir]) => `\`${column}\` ${dir}`)
      .join(', ')}. Ties are ordered by id${columns === DEVICE_SORT.columns ? '; never-fetched devices come last by `lastFetch` either way' : ''}`,
    { type: 'string', enum: ['asc', 'desc'] },
  ),
];
/** The query parameters of the lists that take more than the tenant. */
const LIST_PARAMS: Record<string, Record<string, unknown>[]> = {
  devices: [...deviceFilters, ...sortParams(DEVICE_SORT), ...pageParams],
  accounts: sortParams(ACCOUNT_SORT),
  files: sortParams(FILE_SORT),
  'unknown-devices': [listFilter('q', 'MAC in any notation, vendor, model or IP address'), ...sortParams(UNKNOWN_DEVICE_SORT), ...pageParams],
};

/** What a resource's answers say of the file hashes a viewer token gets as null (Resource.secretHashes). */
const hashNote = (fields: readonly string[] | undefined) =>
  fields?.length
    ? `; ${fields.map((f) => `\`${f}\``).join(' and ')} null for viewer tokens (a hash of the file with its passwords in clear would let them be guessed)`
    : '';

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });

/** The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the API validates with. */
export function openApiDocument(serverUrl: string) {
  const schemas: Record<string, unknown> = {
    Error: {
      type: 'object',
      properties: {
        error: { type: 'string' },
        message: { type: 'string' },
        fields: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        details: {},
      },
      required: ['error'],
    },
    TenantInput: jsonSchema(tenantSchema),
    PbxSettingsInput: jsonSchema(pbxSettingsSchema),
    PhoneAccessInput: jsonSchema(phoneAccessFields),
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, resource] of Object.entries(RESOURCES)) {
    const input = resource.schema ? schemaName(name) : null;
    if (resource.schema && input) schemas[input] = jsonSchema(resource.schema);
    const body = input ? { required: true, content: { 'application/json': { schema: ref(input) } } } : undefined;
    paths[`/${name}`] = {
      get: {
        summary: `List ${name}`,
        parameters: [tenantParam, revealParam, ...(LIST_PARAMS[name] ?? [])],
        responses: {
          '200': ok(
            (name === 'devices' || name === 'unknown-devices' ? '`{ items: [...], total, page, pageSize }`' : '`{ items: [...] }`') +
              hashNote(resource.secretHashes),
          ),
          ...errorResponses,
        },
      },
      ...(resource.create && body
        ? { post: { summary: `Create one of ${name}`, parameters: [tenantParam], requestBody: body, responses: { '201': ok('Created'), ...errorResponses } } }
        : {}),
    };
    paths[`/${name}/{id}`] = {
      get: {
        summary: `Read one of ${name}`,
        parameters: [idParam, tenantParam, revealParam],
        responses: { '200': ok(`The item${hashNote(resource.secretHashes)}`), ...errorResponses },
      },
      ...(resource.update && body
        ? {
            patch: {
              summary: `Update one of ${name} (fields left out keep their value)`,
              parameters: [idParam, tenantParam],
              requestBody: body,
              responses: { '200': ok('Updated'), ...errorResponses },
            },
            put: { summary: `Same as PATCH`, parameters: [idParam, tenantParam], requestBody: body, responses: { '200': ok('Updated'), ...errorResponses } },
          }
        : {}),
      ...(resource.remove
        ? {
            delete: {
              summary: `Delete one of ${name}`,
              parameters: [idParam, tenantParam],
              responses: { '204': { description: 'Deleted' }, ...errorResponses },
            },
          }
        : {}),
    };
    for (const action of Object.keys(resource.actionItems ?? {})) {
      paths[`/${name}/{id}/${action}/{n}`] = {
        get: {
          summary: `One of the ${action} of one of ${name}${name === 'templates' ? ': body, format, line endings, who, when, comment and the devices whose file changed with it' : ''}`,
          parameters: [idParam, { name: 'n', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }, tenantParam],
          responses: { '200': ok('The item'), ...errorResponses },
        },
      };
    }
    for (const [action, verbs] of Object.entries(resource.actions ?? {})) {
      const about = ACTION_SUMMARIES[`${name}/${action}`] ?? action;
      paths[`/${name}/{id}/${action}`] = Object.fromEntries(
        Object.keys(verbs).map((method) => [
          method.toLowerCase(),
          { summary: `${about} (${method})`, parameters: [idParam, tenantParam], responses: { '200': ok(about), ...errorResponses } },
        ]),
      );
    }
  }
  paths['/audit-log'].get = {
    summary: 'Who changed what: entries newest first (`dir=asc`: oldest first), paged (`{ items, total, page, pageSize }`); secrets appear only as `changed`',
    parameters: [
      tenantParam,
      ...['actor', 'entity'].map((name) => ({
        name,
        in: 'query',
        required: false,
        description: `Only entries of this ${name} name`,
        schema: { type: 'string' },
      })),
      ...['from', 'to'].map((name) => ({
        name,
        in: 'query',
        required: false,
        description: `${name === 'from' ? 'First' : 'Last'} instant (ISO 8601 with offset) or day (YYYY-MM-DD, UTC, whole day)`,
        schema: { type: 'string' },
      })),
      ...sortParams(AUDIT_SORT),
      ...pageParams,
    ],
    responses: { '200': ok('A page of entries'), ...errorResponses },
  };
  paths['/devices/{id}/clone'] = {
    post: {
      summary: 'Copy a device under a new MAC (and label): same model, template, lines and attributes; its file is generated with it',
      parameters: [idParam, tenantParam],
      requestBody: { required: true, content: { 'application/json': { schema: ref('DeviceCloneInput') } } },
      responses: { '201': ok('The new device, like a create'), '403': { description: 'Viewer tokens do not write' }, ...errorResponses },
    },
  };
  schemas.DeviceCloneInput = jsonSchema(deviceCloneSchema);
  paths['/pbx-settings'] = {
    get: { summary: 'PBX attributes of the tenant', parameters: [tenantParam], responses: { '200': ok('Settings'), ...errorResponses } },
    put: {
      summary: 'Update PBX attributes; regenerates every file of the tenant',
      parameters: [tenantParam],
      requestBody: { required: true, content: { 'application/json': { schema: ref('PbxSettingsInput') } } },
      responses: { '200': ok('Updated'), ...errorResponses },
    },
  };
  paths['/phone-access'] = {
    get: {
      summary: "Who may fetch the tenant's files: HTTP authentication, allowed networks, MAC/User-Agent check, anti-enumeration limit",
      parameters: [tenantParam, revealParam],
      responses: { '200': ok('Settings; `password` is write-only (`passwordSet`) unless revealed'), ...errorResponses },
    },
    put: {
      summary: 'Update the phone access; a change of the credentials regenerates every file (their URLs carry them)',
      parameters: [tenantParam],
      requestBody: { required: true, content: { 'application/json': { schema: ref('PhoneAccessInput') } } },
      responses: { '200': ok('Updated'), ...errorResponses },
    },
  };
  paths['/phone-access/blocked'] = {
    get: {
      summary: 'Addresses blocked now for guessing MAC file names',
      parameters: [tenantParam],
      responses: { '200': ok('`{ items: [...] }`'), ...errorResponses },
    },
  };
  paths['/phone-access/blocked/{id}'] = {
    delete: { summary: 'Unblock an address', parameters: [idParam, tenantParam], responses: { '204': { description: 'Unblocked' }, ...errorResponses } },
  };
  paths['/devices/import'] = {
    post: {
      summary:
        'Import devices from CSV (one row per device; columns in README "Importing devices from CSV"): per row create / update / unchanged / error with its problems (column, code, message in Accept-Language); applied in one transaction with one regeneration',
      parameters: [
        tenantParam,
        {
          name: 'dryRun',
          in: 'query',
          required: false,
          description: '`true`: report only, write nothing',
          schema: { type: 'string', enum: ['true', 'false'] },
        },
        {
          name: 'mode',
          in: 'query',
          required: false,
          description: '`valid` (default): write the valid rows; `all-or-nothing`: write nothing when a row has an error (422)',
          schema: { type: 'string', enum: ['valid', 'all-or-nothing'] },
        },
      ],
      requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string', maxLength: MAX_IMPORT_BODY_BYTES } } } },
      responses: {
        '200': ok('`{ dryRun, mode, applied, counts, accountsCreated, rows: [{ line, mac, status, deviceId?, problems, newAccounts }] }`'),
        '403': { description: 'Viewer tokens do not write' },
        '413': { description: 'Body over the size limit' },
        ...errorResponses,
        '422': ok('"All or nothing" and a row has an error: the same report, `applied: false`; or a template cannot be rendered'),
      },
    },
  };
  paths['/devices/bulk'] = {
    post: {
      summary:
        'A bulk change of devices in one transaction with one regeneration: `{ target, action }`; target `{ kind: "ids", ids: [...] }` (at most 500) or `{ kind: "filter", filter: { q, brandId, modelId, enabled, fetched, pending, redirection } }` (every device the list filter selects); action `{ type }` one of `enable`, `disable`, `model` (`modelId`, `templateId`), `vlan` (`vlanId`, `vlanPriority`, null for none), `language`, `timeZone` ("" for the PBX default), `adminPassword` (`policy`: `set` with `password`, `random`, `tenant-default`), `delete`',
      parameters: [
        tenantParam,
        {
          name: 'dryRun',
          in: 'query',
          required: false,
          description: '`true`: the counts or the refusal (`refusal: { error, field, message }` in Accept-Language), nothing written',
          schema: { type: 'string', enum: ['true', 'false'] },
        },
      ],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['target', 'action'] } } } },
      responses: {
        '200': ok('`{ dryRun, applied, targeted, affected, files: { created, changed, removed }, refusal? }`'),
        '403': { description: 'Viewer tokens do not write' },
        ...errorResponses,
      },
    },
  };
  const csv = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });
  paths['/devices/export'] = {
    get: {
      summary:
        'The devices the filters select (all pages) as CSV with the import\'s columns (README "Importing devices from CSV"), so importing the file back changes nothing; admin and SIP passwords (and each line\'s account) only with `reveal=secrets`',
      parameters: [
        tenantParam,
        revealParam,
        ...deviceFilters,
        listFilter('ids', 'Comma-separated device ids (at most 500): only these, instead of the filters'),
      ],
      responses: { '200': csv('CSV (UTF-8 with BOM, CRLF); cells starting with = + - @ tab or CR are prefixed with an apostrophe'), ...errorResponses },
    },
  };
  paths['/accounts/export'] = {
    get: {
      summary: 'The accounts the search selects (all pages) as CSV; `sip_password` only with `reveal=secrets`',
      parameters: [tenantParam, revealParam, listFilter('q', 'Extension, SIP user name or names')],
      responses: { '200': csv('CSV (UTF-8 with BOM, CRLF); formulas defused as for devices'), ...errorResponses },
    },
  };
  paths['/backup'] = {
    get: {
      summary:
        "The tenant's backup as one JSON file (its own brands, file-name rules, models, templates; PBX settings, network interfaces, placeholders, accounts, devices), without passwords; admin and owner tokens",
      parameters: [tenantParam],
      responses: {
        '200': ok('The backup (`format: provisio-tenant-backup`, `version`, `secrets: null`)'),
        '403': { description: 'Viewer tokens' },
        ...errorResponses,
      },
    },
    post: {
      summary:
        'The same backup; with `{ "secrets": true, "passphrase": "…", "confirm": "…" }` (12+ characters) the passwords are included, sealed with AES-256-GCM under a scrypt key from the passphrase (salt and IV in `secrets`)',
      parameters: [tenantParam],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
      responses: { '200': ok('The backup'), '403': { description: 'Viewer tokens' }, ...errorResponses },
    },
  };
  paths['/backup/restore'] = {
    post: {
      summary:
        'Restore `{ "backup": <the file>, "passphrase"?: "…" }` into the tenant, which must be empty (409 otherwise); one transaction with one regeneration. Without passwords in the file, accounts and devices get new random ones (`passwordsGenerated`)',
      parameters: [tenantParam],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
      responses: {
        '200': ok('`{ models, templates, placeholders, accounts, devices, passwordsGenerated }`'),
        '403': { description: 'Viewer tokens' },
        '413': { description: 'Body over the size limit' },
        ...errorResponses,
      },
    },
  };
  paths['/tenants'] = {
    get: { summary: 'List tenants', responses: { '200': ok('`{ items: [...] }`') } },
    post: {
      summary: 'Create a tenant (with the built-in catalogue)',
      requestBody: { required: true, content: { 'application/json': { schema: ref('TenantInput') } } },
      responses: { '201': ok('Created'), ...errorResponses },
    },
  };
  paths['/tenants/{id}'] = {
    get: { summary: 'Read a tenant', parameters: [idParam], responses: { '200': ok('The tenant'), ...errorResponses } },
    patch: {
      summary: 'Rename a tenant',
      parameters: [idParam],
      requestBody: { required: true, content: { 'application/json': { schema: ref('TenantInput') } } },
      responses: { '200': ok('Updated'), ...errorResponses },
    },
    delete: {
      summary: 'Delete a tenant and all it owns (not the default one)',
      parameters: [idParam],
      responses: { '204': { description: 'Deleted' }, ...errorResponses },
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Provisio API', version: '1', description: 'Automation API of the Provisio auto-provisioning console.' },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas },
    paths,
  };
}
