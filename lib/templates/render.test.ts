import { describe, expect, it } from 'vitest';
import { analyzeTemplate, checkWellFormedXml, escapeValue, MAX_RENDERED_BYTES, renderTemplate, type RenderContext } from '.';

const line = (n: number, name = `User ${n}`) => ({
  EXTENSION: `20${n}`,
  SIP_USERNAME: `u20${n}`,
  AUTH_USERNAME: `a20${n}`,
  SIP_PASSWORD: `pw${n}`,
  DISPLAY_NAME: name,
  FIRST_NAME: 'Mario',
  LAST_NAME: 'Rossi',
  VOICEMAIL: '*9',
});
const ctx = (lines = [line(1), line(2)], custom: Record<string, string> = {}): RenderContext => ({
  pbx: { PBX_HOST: 'pbx.local', PBX_SIP_PORT: '5060' },
  phone: { DEVICE_MAC: '001565aabbcc', ADMIN_PASSWORD: 'adm' },
  custom,
  lines,
});

describe('renderTemplate', () => {
  const cases: Array<[string, string, RenderContext, string]> = [
    ['pbx placeholder', 'host=%%PBX_HOST%%:%%PBX_SIP_PORT%%', ctx(), 'host=pbx.local:5060'],
    ['phone placeholder', 'mac %%DEVICE_MAC%%', ctx(), 'mac 001565aabbcc'],
    ['unprefixed account means line 1', 'u=%%ACCOUNT_SIP_USERNAME%%', ctx(), 'u=u201'],
    ['indexed account', 'u=%%ACCOUNT2_SIP_USERNAME%% p=%%ACCOUNT2_SIP_PASSWORD%%', ctx(), 'u=u202 p=pw2'],
    ['missing line renders empty and disabled', '[%%ACCOUNT3_SIP_USERNAME%%|%%ACCOUNT3_ENABLED%%|%%ACCOUNT1_ENABLED%%]', ctx(), '[|0|1]'],
    ['block repeats per line', '%%BEGIN_ACCOUNTS%%%%ACCOUNT_INDEX%%/%%ACCOUNT_INDEX0%%=%%ACCOUNT_SIP_USERNAME%%;%%END_ACCOUNTS%%', ctx(), '1/0=u201;2/1=u202;'],
    ['block with no lines renders nothing', 'a%%BEGIN_ACCOUNTS%%x%%END_ACCOUNTS%%b', ctx([]), 'ab'],
    ['indexed placeholder inside block keeps its line', '%%BEGIN_ACCOUNTS%%%%ACCOUNT1_EXTENSION%%%%END_ACCOUNTS%%', ctx(), '201201'],
    ['custom placeholder', 'ip=%%_VOICE_VLAN_IP%%', ctx(undefined, { VOICE_VLAN_IP: '10.0.0.1' }), 'ip=10.0.0.1'],
    ['lone %% stays literal', 'progress 100%% done %%', ctx(), 'progress 100%% done %%'],
  ];
  it.each(cases)('%s', (_name, source, context, expected) => {
    expect(renderTemplate(source, context, 'text')).toEqual({ ok: true, text: expected });
  });

  it('escapes values for XML so the output stays well-formed', () => {
    const result = renderTemplate('<a n="%%ACCOUNT_DISPLAY_NAME%%">%%ACCOUNT_DISPLAY_NAME%%</a>', ctx([line(1, `Rossi & Figli <Sales> "HQ" l'uno`)]), 'xml');
    expect(result).toEqual({
      ok: true,
      text: '<a n="Rossi &amp; Figli &lt;Sales&gt; &quot;HQ&quot; l&apos;uno">Rossi &amp; Figli &lt;Sales&gt; &quot;HQ&quot; l&apos;uno</a>',
    });
  });

  it('keeps a value from injecting a new key into text files', () => {
    const result = renderTemplate(
      'account.1.display_name = %%ACCOUNT_DISPLAY_NAME%%\n',
      ctx([line(1, 'x\nstatic.security.user_password = admin:pwn')]),
      'text',
    );
    expect(result.ok && result.text.split('\n')).toEqual(['account.1.display_name = x static.security.user_password = admin:pwn', '']);
  });
});

describe('analyzeTemplate', () => {
  const device = { customNames: new Set(['KNOWN']), scope: 'device' as const };
  const cases: Array<[string, string, Array<Record<string, unknown>>]> = [
    ['valid template', '%%PBX_HOST%% %%_KNOWN%% %%ACCOUNT48_SIP_USERNAME%%', []],
    ['unknown built-in', 'a\nb %%PBX_HOSTNAME%%', [{ code: 'unknown_placeholder', name: 'PBX_HOSTNAME', line: 2, column: 3 }]],
    ['unknown custom', '%%_NOPE%%', [{ code: 'unknown_placeholder', name: '_NOPE', line: 1, column: 1 }]],
    ['lowercase name', '%%pbx_host%%', [{ code: 'unknown_placeholder', name: 'pbx_host', line: 1, column: 1 }]],
    ['line 0 is not a line', '%%ACCOUNT0_SIP_USERNAME%%', [{ code: 'unknown_placeholder', name: 'ACCOUNT0_SIP_USERNAME' }]],
    ['line beyond the maximum', '%%ACCOUNT49_SIP_USERNAME%%', [{ code: 'unknown_placeholder' }]],
    ['unknown account field', '%%ACCOUNT_PIN%%', [{ code: 'unknown_placeholder', name: 'ACCOUNT_PIN' }]],
    ['unclosed block', 'x\n%%BEGIN_ACCOUNTS%%\n', [{ code: 'unclosed_block', line: 2, column: 1 }]],
    ['stray end', '%%END_ACCOUNTS%%', [{ code: 'unexpected_block_end', line: 1 }]],
    ['nested block', '%%BEGIN_ACCOUNTS%%\n%%BEGIN_ACCOUNTS%%\n%%END_ACCOUNTS%%', [{ code: 'nested_block', line: 2 }]],
  ];
  it.each(cases)('%s', (_name, source, expected) => {
    const issues = analyzeTemplate(source, device);
    expect(issues).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(issues[i]).toMatchObject(e));
  });

  it('refuses device placeholders in common files', () => {
    const issues = analyzeTemplate('%%PBX_HOST%% %%DEVICE_MAC%% %%ACCOUNT_SIP_USERNAME%%', { customNames: new Set(), scope: 'common' });
    expect(issues.map((i) => [i.code, i.name])).toEqual([
      ['placeholder_out_of_scope', 'DEVICE_MAC'],
      ['placeholder_out_of_scope', 'ACCOUNT_SIP_USERNAME'],
    ]);
  });

  it('renderTemplate returns the issues instead of text', () => {
    expect(renderTemplate('%%NOPE%%', ctx(), 'text')).toEqual({
      ok: false,
      issues: [{ code: 'unknown_placeholder', name: 'NOPE', line: 1, column: 1 }],
    });
  });
});

describe('text values cannot break out of their line or their quotes', () => {
  const hostile: Array<[string, string]> = [
    ['a quote closing the value', 'x" SIP_PASS_1="pwn'],
    ['a quote and a new line', 'x"\r\nSIP_PASS_1="pwn'],
    ['a lone carriage return', 'x\rSIP_PASS_1="pwn"'],
    ['NEL and the Unicode line separators', 'a\u0085b\u2028c\u2029d="'],
    ['DEL and other control characters', 'a\u007f\u0000\u001b"'],
  ];
  it.each(hostile)('Panasonic KEY="value": %s', (_name, value) => {
    const result = renderTemplate('DISPLAY_NAME_1="%%ACCOUNT_DISPLAY_NAME%%"\n', ctx([line(1, value)]), 'text');
    const text = result.ok ? result.text : '';
    expect(text.split(/\r\n|\r|\n|\u0085|\u2028|\u2029/)).toHaveLength(2);
    expect(text.match(/"/g)).toHaveLength(2);
    expect(text).toMatch(/^DISPLAY_NAME_1="[^"\r\n]*"\n$/);
  });

  const cases: Array<[string, string, string]> = [
    ['quotes become apostrophes', 'Rossi "HQ"', "Rossi 'HQ'"],
    ['apostrophes stay', "l'uno", "l'uno"],
    ['backslashes stay (no escape syntax is defined)', 'a\\b', 'a\\b'],
    ['tab and new line become spaces', 'a\tb\nc', 'a b c'],
    ['non-ASCII stays', 'Niccolò €', 'Niccolò €'],
  ];
  it.each(cases)('escapeValue text: %s', (_name, value, expected) => {
    expect(escapeValue(value, 'text')).toBe(expected);
  });

  it('applies to key = value files too, so a value has one text form', () => {
    expect(renderTemplate('account.1.password = %%ACCOUNT_SIP_PASSWORD%%', ctx([{ ...line(1), SIP_PASSWORD: 'a"b' }]), 'text')).toEqual({
      ok: true,
      text: "account.1.password = a'b",
    });
  });
});

describe('lineEndings: crlf', () => {
  const cases: Array<[string, string, string]> = [
    ['LF lines become CRLF and the file ends with one', 'A="1"\nB="%%PBX_HOST%%"', 'A="1"\r\nB="pbx.local"\r\n'],
    ['CRLF lines are not doubled', 'A="1"\r\nB="2"\r\n', 'A="1"\r\nB="2"\r\n'],
    ['mixed line breaks', 'A\r\nB\nC', 'A\r\nB\r\nC\r\n'],
    ['a blank last line written in the template is kept', 'A="1"\n\n', 'A="1"\r\n\r\n'],
    [
      'accounts blocks and IF markers',
      '# head\n%%BEGIN_ACCOUNTS%%\n%%IF ACCOUNT_VOICEMAIL%%\nVM_%%ACCOUNT_INDEX%%="%%ACCOUNT_VOICEMAIL%%"\n%%END_IF%%\n%%END_ACCOUNTS%%',
      '# head\r\n\r\nVM_1="*9"\r\n\r\nVM_2="*9"\r\n',
    ],
  ];
  it.each(cases)('%s', (_name, source, expected) => {
    expect(renderTemplate(source, ctx(), 'text', { lineEndings: 'crlf' })).toEqual({ ok: true, text: expected });
  });

  it('is off by default: the template keeps its own line breaks', () => {
    expect(renderTemplate('A\nB\r\nC', ctx(), 'text')).toEqual({ ok: true, text: 'A\nB\r\nC' });
  });
});

describe('XML values lose what XML 1.0 forbids (issue 12, finding 9)', () => {
  it('drops U+FFFF, U+FFFE, C0 controls and lone surrogates from a display name, and the file stays well-formed', () => {
    const result = renderTemplate('<n>%%ACCOUNT_DISPLAY_NAME%%</n>', ctx([line(1, 'a\uffffb\ufffec\u0001d\ud800e\udc00f 😀')]), 'xml');
    expect(result).toEqual({ ok: true, text: '<n>abcdef 😀</n>' });
    if (result.ok) expect(checkWellFormedXml(result.text)).toBeNull();
  });
});

describe('size limit (issue 12, finding 8)', () => {
  const big = 'x'.repeat(1024);
  const source = `%%BEGIN_ACCOUNTS%%${'<v>%%_BIG%%</v>\n'.repeat(1000)}%%END_ACCOUNTS%%`;
  const lines = Array.from({ length: 16 }, (_, i) => line(i + 1));

  it('stops a render that passes MAX_RENDERED_BYTES and reports file_too_large instead of a 16 MB file', () => {
    const started = performance.now();
    const result = renderTemplate(source, ctx(lines, { BIG: big }), 'xml');
    expect(result).toEqual({ ok: false, issues: [{ code: 'file_too_large', line: 1, column: 1, message: '1 MiB' }] });
    expect(MAX_RENDERED_BYTES).toBe(1024 * 1024);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts UTF-8 bytes, not characters, and a file at the limit still renders', () => {
    expect(renderTemplate('%%_V%%', ctx([], { V: 'é'.repeat(600) }), 'text', { maxBytes: 1200 })).toMatchObject({ ok: true });
    expect(renderTemplate('%%_V%%', ctx([], { V: 'é'.repeat(601) }), 'text', { maxBytes: 1200 })).toMatchObject({
      ok: false,
      issues: [{ code: 'file_too_large', message: '1200 bytes' }],
    });
    expect(renderTemplate('a\nb', ctx(), 'text', { maxBytes: 4, lineEndings: 'crlf' })).toMatchObject({ ok: false });
  });
});

describe('trace: where each value went (issue 12, finding 10)', () => {
  it('gives the span of every non-empty value, named by line, in output order', () => {
    const result = renderTemplate(
      '%%BEGIN_ACCOUNTS%%%%ACCOUNT_INDEX%%:%%ACCOUNT_SIP_PASSWORD%%;%%END_ACCOUNTS%%[%%_EMPTY%%]%%ADMIN_PASSWORD%%',
      ctx(undefined, { EMPTY: '' }),
      'text',
      {
        trace: true,
      },
    );
    if (!result.ok) throw new Error('render failed');
    expect(result.text).toBe('1:pw1;2:pw2;[]adm');
    expect(result.spans).toEqual([
      { start: 2, end: 5, placeholder: 'ACCOUNT1_SIP_PASSWORD' },
      { start: 8, end: 11, placeholder: 'ACCOUNT2_SIP_PASSWORD' },
      { start: 14, end: 17, placeholder: 'ADMIN_PASSWORD' },
    ]);
  });

  it('spans follow the CRs that crlf adds and cover the escaped value', () => {
    const result = renderTemplate('a\n<p>%%ACCOUNT_DISPLAY_NAME%%</p>\r\nb\n%%ADMIN_PASSWORD%%', ctx([line(1, 'R&D')]), 'xml', {
      trace: true,
      lineEndings: 'crlf',
    });
    if (!result.ok) throw new Error('render failed');
    expect(result.text).toBe('a\r\n<p>R&amp;D</p>\r\nb\r\nadm\r\n');
    expect(result.spans!.map((s) => result.text.slice(s.start, s.end))).toEqual(['R&amp;D', 'adm']);
  });

  it('is absent unless asked for', () => {
    expect(renderTemplate('%%PBX_HOST%%', ctx(), 'text')).toEqual({ ok: true, text: 'pbx.local' });
  });
});
