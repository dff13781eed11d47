import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccountFacts, DeviceFacts, PbxFacts } from '@/lib/provisioning/context';
import { commonFileFormat } from '@/lib/provisioning/regenerate';
import { analyzeTemplate, checkWellFormedXml } from '@/lib/templates';
import { builtInModel, renderBuiltIn } from './fixture';
import { BUILT_IN_MODELS } from './models';
import type { BuiltInModel } from './types';

/**
 * Golden files: each built-in template rendered for one known device. Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run lib/provisioning/builtin`, then review the diff by eye.
 */
const GOLDEN_DIR = path.join(import.meta.dirname, 'golden');
const isUpdating = process.env.UPDATE_GOLDEN === '1';

const MAC = '001565aabbcc';
const tenant = { uuid: '6f1c7a52-3d4b-4f7e-9a51-0c2d8e9b1a10', name: 'Default', isDefault: true };
const server = { publicHost: 'pbx.example.com', httpPort: 8080, httpsPort: 8443, tftpPort: 69 };
/** The known device: UDP, Rome, VLAN 20, DHCP, two lines (the second named by first/last name). */
const pbx: Partial<PbxFacts> = {
  sipDomain: '',
  sipTransport: 'udp',
  timeZone: 'Europe/Rome',
  resyncIntervalMinutes: 1440,
  resyncTime: '',
};
const device: Partial<DeviceFacts> = { mac: MAC };
const LINE_1: AccountFacts = {
  extension: '201',
  sipUsername: '201',
  authUsername: 'a201',
  sipPassword: 'S1p-Pass-201',
  displayName: 'Rossi & Figli <Sales>',
  firstName: '',
  lastName: '',
  voicemailNumber: '*9201',
};
const LINE_2: AccountFacts = {
  extension: '202',
  sipUsername: '202',
  authUsername: 'a202',
  sipPassword: 'S1p-Pass-202',
  displayName: '',
  firstName: 'Mario',
  lastName: 'Bianchi',
  voicemailNumber: '*9202',
};

const known = (model: BuiltInModel, lines: readonly AccountFacts[] = [LINE_1, LINE_2]) => renderBuiltIn(model.name, { pbx, device, lines, tenant, server });

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function expectGolden(file: string, actual: string) {
  const target = path.join(GOLDEN_DIR, file);
  if (isUpdating) fs.writeFileSync(target, actual);
  expect(actual).toBe(fs.readFileSync(target, 'utf8'));
}

/** The name each vendor's phone asks for, and the first line its parser insists on (text formats). */
const EXPECTED: Record<string, { fileName: string; firstLine?: string }> = {
  'Snom D735': { fileName: 'snomD735-001565AABBCC.htm' },
  'Snom D785': { fileName: 'snomD785-001565AABBCC.htm' },
  'Yealink T4x': { fileName: '001565aabbcc.cfg', firstLine: '#!version:1.0.0.1' },
  'Yealink T5x': { fileName: '001565aabbcc.cfg', firstLine: '#!version:1.0.0.1' },
  'Fanvil X series': { fileName: '001565aabbcc.cfg' },
  'Gigaset N670': { fileName: '001565AABBCC.xml' },
  'Gigaset N870': { fileName: '001565AABBCC.xml' },
  'Grandstream GRP': { fileName: 'cfg001565aabbcc.xml' },
  'Grandstream GXP': { fileName: 'cfg001565aabbcc.xml' },
  'Poly VVX': { fileName: '001565aabbcc-user.cfg' },
  'Poly Edge': { fileName: '001565aabbcc-user.cfg' },
  'Cisco MPP 78xx': { fileName: '001565aabbcc.xml' },
  'Cisco MPP 88xx': { fileName: '001565aabbcc.xml' },
  'Panasonic KX-HDV': { fileName: 'Config001565AABBCC.cfg', firstLine: '# Panasonic SIP Phone Standard Format File #' },
  'Alcatel-Lucent Myriad': { fileName: 'config.001565aabbcc.xml' },
  'Htek UC9xx': { fileName: 'cfg001565aabbcc.xml' },
};

const models = BUILT_IN_MODELS.map((model) => [model.name, model] as const);
const commonFiles = [...new Map(BUILT_IN_MODELS.flatMap((model) => model.commonFiles.map((file) => [file.fileName, file] as const))).values()].map(
  (file) => [file.fileName, file] as const,
);

describe('built-in model catalogue', () => {
  it('lists every model the golden table knows, with unique names', () => {
    const names = BUILT_IN_MODELS.map((model) => model.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('gives each rule name exactly one prefix/format/suffix', () => {
    const byName = new Map<string, string>();
    for (const { rule } of BUILT_IN_MODELS) {
      const definition = JSON.stringify([rule.prefix, rule.macFormat, rule.suffix]);
      expect(byName.get(rule.name) ?? definition, rule.name).toBe(definition);
      byName.set(rule.name, definition);
    }
  });

  it('gives common files with the same name the same body', () => {
    const byName = new Map<string, string>();
    for (const file of BUILT_IN_MODELS.flatMap((model) => model.commonFiles)) {
      expect(byName.get(file.fileName) ?? file.body, file.fileName).toBe(file.body);
      byName.set(file.fileName, file.body);
    }
  });
});

describe.each(models)('%s', (_name, model) => {
  const expected = EXPECTED[model.name];

  it('names the file as the vendor does', () => {
    expect(known(model).fileName).toBe(expected.fileName);
  });

  it('uses only built-in device placeholders', () => {
    expect(analyzeTemplate(model.template.body, { customNames: new Set(), scope: 'device' })).toEqual([]);
  });

  it('renders the known device as the golden file', () => {
    const text = known(model).body;
    expectGolden(`${slug(model.name)}.expected`, text);
    expect(text).toContain('S1p-Pass-201');
    expect(text).toContain('S1p-Pass-202');
    expect(text).not.toContain('%%');
    if (model.template.format === 'xml') expect(checkWellFormedXml(text)).toBeNull();
    if (expected.firstLine) expect(text.split(/\r?\n/)[0]).toBe(expected.firstLine);
  });

  it('renders a one-line device', () => {
    const text = known(model, [LINE_1]).body;
    expect(text).toContain('S1p-Pass-201');
    expect(text).not.toContain('S1p-Pass-202');
    if (model.template.format === 'xml') expect(checkWellFormedXml(text)).toBeNull();
  });
});

describe.each(commonFiles)('common file %s', (fileName, file) => {
  it('uses only PBX-level placeholders and renders as the golden file', () => {
    expect(analyzeTemplate(file.body, { customNames: new Set(), scope: 'common' })).toEqual([]);
    const owner = BUILT_IN_MODELS.find((m) => m.commonFiles.includes(file))!;
    const text = known(owner).commonFiles[fileName];
    expectGolden(`common-${fileName}.expected`, text);
    if (commonFileFormat(file) === 'xml') expect(checkWellFormedXml(text)).toBeNull();
  });
});

describe('line 2 on a one-line device', () => {
  const oneLine = (name: string) => {
    return known(builtInModel(name), [LINE_1]).body;
  };

  it.each(['Grandstream GRP', 'Grandstream GXP'])('%s disables account 2 and leaves it empty', (name) => {
    const text = oneLine(name);
    expect(text).toContain('<P271>1</P271>');
    expect(text).toContain('<P401>0</P401>');
    for (const p of ['P402', 'P404', 'P405', 'P406', 'P407', 'P417']) expect(text).toContain(`<${p}></${p}>`);
  });

  it('Htek UC9xx deactivates account 2', () => {
    const text = oneLine('Htek UC9xx');
    expect(text).toContain('<P401 para="Account2.Active">0</P401>');
    for (const p of ['P747', 'P735', 'P736', 'P734', 'P703']) expect(text).toMatch(new RegExp(`<${p} para="[^"]+"></${p}>`));
  });
});
