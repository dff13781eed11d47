import { describe, expect, it } from 'vitest';
import { analyzeTemplate, type AccountValues, builtInPlaceholders, describeIssue, type RenderContext, renderTemplate, TEMPLATE_ISSUE_CODES } from '.';

const line = (n: number, voicemail = '*9'): AccountValues => ({
  EXTENSION: `20${n}`,
  SIP_USERNAME: `u20${n}`,
  AUTH_USERNAME: `a20${n}`,
  SIP_PASSWORD: `pw${n}`,
  DISPLAY_NAME: `User ${n}`,
  FIRST_NAME: 'Mario',
  LAST_NAME: 'Rossi',
  VOICEMAIL: voicemail,
});
const ctx = (phone: Record<string, string> = {}, lines = [line(1), line(2, '')], custom: Record<string, string> = {}): RenderContext => ({
  pbx: { PBX_HOST: 'pbx.local' },
  phone: { ADMIN_PASSWORD: 'adm', VLAN_ID: '', ...phone },
  custom,
  lines,
});
const noAdmin = ctx({ ADMIN_PASSWORD: '' });
const common: RenderContext = { pbx: { PBX_HOST: 'pbx.local', PBX_NTP_SERVER: '' }, custom: {} };

describe('conditional blocks render', () => {
  const cases: Array<[string, string, RenderContext, string]> = [
    ['IF with a value keeps its body', '[%%IF ADMIN_PASSWORD%%pw=%%ADMIN_PASSWORD%%%%END_IF%%]', ctx(), '[pw=adm]'],
    ['IF with an empty value drops its body', '[%%IF ADMIN_PASSWORD%%pw=%%ADMIN_PASSWORD%%%%END_IF%%]', noAdmin, '[]'],
    ['IF_NOT with an empty value keeps its body', '[%%IF_NOT VLAN_ID%%no vlan%%END_IF%%]', ctx(), '[no vlan]'],
    ['IF_NOT with a value drops its body', '[%%IF_NOT VLAN_ID%%no vlan%%END_IF%%]', ctx({ VLAN_ID: '20' }), '[]'],
    ['IF and IF_NOT make an if/else', '%%IF VLAN_ID%%vid=%%VLAN_ID%%%%END_IF%%%%IF_NOT VLAN_ID%%vid=off%%END_IF%%', ctx({ VLAN_ID: '7' }), 'vid=7'],
    ['more spaces after the keyword are accepted', '%%IF   ADMIN_PASSWORD%%x%%END_IF%%', ctx(), 'x'],
    ['a marker alone on its line takes the line (value set)', 'a\n%%IF ADMIN_PASSWORD%%\npw=%%ADMIN_PASSWORD%%\n%%END_IF%%\nb', ctx(), 'a\npw=adm\nb'],
    ['a marker alone on its line takes the line (value empty)', 'a\n%%IF ADMIN_PASSWORD%%\npw=%%ADMIN_PASSWORD%%\n%%END_IF%%\nb', noAdmin, 'a\nb'],
    ['indented markers and CRLF lines', 'a\r\n  %%IF ADMIN_PASSWORD%%  \r\n  k=1\r\n\t%%END_IF%%\r\nb', ctx(), 'a\r\n  k=1\r\nb'],
    ['END_IF on the last line without a newline', 'a\n%%IF ADMIN_PASSWORD%%\nk\n%%END_IF%%', noAdmin, 'a\n'],
    ['a marker sharing its line keeps the line', 'k=%%IF ADMIN_PASSWORD%%set%%END_IF%%\nb', noAdmin, 'k=\nb'],
    ['IF inside an accounts block tests each line', '%%BEGIN_ACCOUNTS%%%%IF ACCOUNT_VOICEMAIL%%vm%%ACCOUNT_INDEX%%;%%END_IF%%%%END_ACCOUNTS%%', ctx(), 'vm1;'],
    [
      'IF_NOT inside an accounts block, on lines',
      '%%BEGIN_ACCOUNTS%%\n%%IF_NOT ACCOUNT_VOICEMAIL%%\nnovm.%%ACCOUNT_INDEX%%\n%%END_IF%%\n%%END_ACCOUNTS%%',
      ctx(),
      '\n\nnovm.2\n',
    ],
    ['accounts block inside IF (value set)', '%%IF ADMIN_PASSWORD%%[%%BEGIN_ACCOUNTS%%%%ACCOUNT_INDEX%%%%END_ACCOUNTS%%]%%END_IF%%', ctx(), '[12]'],
    ['accounts block inside IF (value empty)', '%%IF ADMIN_PASSWORD%%[%%BEGIN_ACCOUNTS%%%%ACCOUNT_INDEX%%%%END_ACCOUNTS%%]%%END_IF%%', noAdmin, ''],
    ['IF inside IF (both set)', '%%IF ADMIN_PASSWORD%%a%%IF VLAN_ID%%v%%END_IF%%b%%END_IF%%', ctx({ VLAN_ID: '3' }), 'avb'],
    ['IF inside IF (inner empty)', '%%IF ADMIN_PASSWORD%%a%%IF VLAN_ID%%v%%END_IF%%b%%END_IF%%', ctx(), 'ab'],
    ['IF inside IF (outer empty)', '%%IF ADMIN_PASSWORD%%a%%IF_NOT VLAN_ID%%v%%END_IF%%b%%END_IF%%', noAdmin, ''],
    ['an indexed account of a missing line is empty', '%%IF ACCOUNT3_SIP_USERNAME%%line3%%END_IF%%%%IF ACCOUNT2_SIP_USERNAME%%line2%%END_IF%%', ctx(), 'line2'],
    ['ENABLED of a missing line is 0, which is not empty', '%%IF ACCOUNT3_ENABLED%%x%%END_IF%%', ctx(), 'x'],
    ['custom placeholder, empty and set', '%%IF _A%%a%%END_IF%%%%IF _B%%b%%END_IF%%', ctx({}, [], { A: '', B: '1' }), 'b'],
    ['the raw value is tested, not its escaped form', '%%IF_NOT _A%%empty%%END_IF%%', ctx({}, [], { A: '\n' }), ''],
    ['common file with PBX names', '%%IF PBX_HOST%%h%%END_IF%%%%IF_NOT PBX_NTP_SERVER%%n%%END_IF%%', common, 'hn'],
  ];
  it.each(cases)('%s', (_name, source, context, expected) => {
    expect(renderTemplate(source, context, 'text')).toEqual({ ok: true, text: expected });
  });
});

describe('zero-padded account index', () => {
  const twelve = Array.from({ length: 12 }, (_, i) => line(i + 1));
  const cases: Array<[string, string, RenderContext, string]> = [
    [
      'PAD5 in a block, past line 9',
      '%%BEGIN_ACCOUNTS%%%%ACCOUNT_INDEX_PAD5%%,%%END_ACCOUNTS%%',
      ctx({}, twelve),
      `${twelve.map((_, i) => String(i + 1).padStart(5, '0')).join(',')},`,
    ],
    ['PAD2 outside a block means line 1', '%%ACCOUNT_INDEX_PAD2%%', ctx(), '01'],
    [
      'PAD3, PAD4 and PAD6',
      '%%BEGIN_ACCOUNTS%%%%ACCOUNT_INDEX_PAD3%%/%%ACCOUNT_INDEX_PAD4%%/%%ACCOUNT_INDEX_PAD6%% %%END_ACCOUNTS%%',
      ctx(),
      '001/0001/000001 002/0002/000002 ',
    ],
    [
      'in a Gigaset-style name',
      '%%BEGIN_ACCOUNTS%%SipAccount.%%ACCOUNT_INDEX_PAD5%%.UserName=%%ACCOUNT_SIP_USERNAME%%\n%%END_ACCOUNTS%%',
      ctx({}, [line(1)]),
      'SipAccount.00001.UserName=u201\n',
    ],
  ];
  it.each(cases)('%s', (_name, source, context, expected) => {
    expect(renderTemplate(source, context, 'xml')).toEqual({ ok: true, text: expected });
  });

  it('is in the catalogue the palette and completion read', () => {
    const names = builtInPlaceholders().map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['ACCOUNT_INDEX_PAD2', 'ACCOUNT_INDEX_PAD5', 'ACCOUNT_INDEX_PAD6']));
    expect(builtInPlaceholders().find((p) => p.name === 'ACCOUNT_INDEX_PAD5')).toEqual({ name: 'ACCOUNT_INDEX_PAD5', group: 'account', example: '00001' });
  });
});

describe('analyzeTemplate with conditional blocks', () => {
  const device = { customNames: new Set(['KNOWN']), scope: 'device' as const };
  const cases: Array<[string, string, Array<Record<string, unknown>>]> = [
    [
      'valid nesting',
      '%%IF _KNOWN%%\n%%BEGIN_ACCOUNTS%%\n%%IF_NOT ACCOUNT_VOICEMAIL%%%%IF ADMIN_PASSWORD%%x%%END_IF%%%%END_IF%%\n%%END_ACCOUNTS%%\n%%END_IF%%',
      [],
    ],
    ['unknown name in IF', 'a\n  %%IF NOPE%%x%%END_IF%%', [{ code: 'unknown_placeholder', name: 'NOPE', line: 2, column: 3 }]],
    ['unknown custom in IF_NOT', '%%IF_NOT _NOPE%%%%END_IF%%', [{ code: 'unknown_placeholder', name: '_NOPE', line: 1, column: 1 }]],
    ['lowercase name in IF', '%%IF admin_password%%%%END_IF%%', [{ code: 'unknown_placeholder', name: 'admin_password', line: 1, column: 1 }]],
    ['IF without a name', 'x %%IF%%', [{ code: 'unknown_placeholder', name: 'IF', line: 1, column: 3 }]],
    ['unclosed IF', 'x\n%%IF ADMIN_PASSWORD%%\nk\n', [{ code: 'unclosed_if', name: 'IF ADMIN_PASSWORD', line: 2, column: 1 }]],
    ['unclosed IF_NOT', 'x %%IF_NOT VLAN_ID%%', [{ code: 'unclosed_if', name: 'IF_NOT VLAN_ID', line: 1, column: 3 }]],
    ['unclosed inner IF', '%%IF VLAN_ID%%\n %%IF ADMIN_PASSWORD%%\n%%END_IF%%', [{ code: 'unclosed_if', name: 'IF VLAN_ID', line: 1, column: 1 }]],
    ['stray END_IF', 'a\nb %%END_IF%%', [{ code: 'unexpected_if_end', line: 2, column: 3 }]],
    [
      'keyword in the wrong case',
      '%%if ADMIN_PASSWORD%%x%%END_IF%%',
      [
        { code: 'unknown_placeholder', name: 'if ADMIN_PASSWORD', line: 1, column: 1 },
        { code: 'unexpected_if_end', line: 1, column: 23 },
      ],
    ],
    [
      'END_IF crossing an accounts block',
      '%%IF ADMIN_PASSWORD%%\n%%BEGIN_ACCOUNTS%%\n%%END_IF%%\n%%END_ACCOUNTS%%',
      [{ code: 'crossed_blocks', name: 'END_IF', line: 3, column: 1 }],
    ],
    [
      'END_ACCOUNTS crossing an IF',
      '%%BEGIN_ACCOUNTS%%\n  %%IF ACCOUNT_VOICEMAIL%%\n  %%END_ACCOUNTS%%\n%%END_IF%%',
      [{ code: 'crossed_blocks', name: 'END_ACCOUNTS', line: 3, column: 3 }],
    ],
    [
      'crossing and then unclosed',
      '%%IF VLAN_ID%%\n%%BEGIN_ACCOUNTS%%\n%%END_IF%%',
      [
        { code: 'unclosed_block', line: 2 },
        { code: 'crossed_blocks', line: 3 },
      ],
    ],
    [
      'accounts block in an IF in an accounts block',
      '%%BEGIN_ACCOUNTS%%\n%%IF VLAN_ID%%\n%%BEGIN_ACCOUNTS%%\n%%END_IF%%\n%%END_ACCOUNTS%%',
      [{ code: 'nested_block', line: 3, column: 1 }],
    ],
    [
      'IF on a block marker',
      '%%IF BEGIN_ACCOUNTS%%%%END_IF%%\n%%IF_NOT END_IF%%%%END_IF%%',
      [
        { code: 'invalid_condition', name: 'BEGIN_ACCOUNTS', line: 1 },
        { code: 'invalid_condition', name: 'END_IF', line: 2 },
      ],
    ],
    [
      'PAD out of range or on a numbered line',
      '%%ACCOUNT_INDEX_PAD1%% %%ACCOUNT_INDEX_PAD7%% %%ACCOUNT2_INDEX_PAD5%%',
      [
        { code: 'unknown_placeholder', column: 1 },
        { code: 'unknown_placeholder', column: 24 },
        { code: 'unknown_placeholder', column: 47 },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, source, expected) => {
    const issues = analyzeTemplate(source, device);
    expect(issues).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(issues[i]).toMatchObject(e));
  });

  it('refuses phone and account names in the IFs of common files, and allows PBX and custom ones', () => {
    const source = '%%IF PBX_HOST%%a%%END_IF%%\n%%IF _KNOWN%%b%%END_IF%%\n%%IF ADMIN_PASSWORD%%c%%END_IF%%\n%%IF_NOT ACCOUNT_SIP_USERNAME%%d%%END_IF%%';
    const issues = analyzeTemplate(source, { customNames: new Set(['KNOWN']), scope: 'common' });
    expect(issues).toEqual([
      { code: 'placeholder_out_of_scope', name: 'ADMIN_PASSWORD', line: 3, column: 1 },
      { code: 'placeholder_out_of_scope', name: 'ACCOUNT_SIP_USERNAME', line: 4, column: 1 },
    ]);
  });

  it('keeps the line numbers of what follows a marker that took its line', () => {
    expect(analyzeTemplate('%%IF VLAN_ID%%\n%%END_IF%%\n\n  %%NOPE%%', device)).toEqual([{ code: 'unknown_placeholder', name: 'NOPE', line: 4, column: 3 }]);
  });

  it('describes every issue code with its position', () => {
    for (const code of TEMPLATE_ISSUE_CODES) {
      const text = describeIssue({ code, line: 7, column: 3, name: 'IF VLAN_ID' });
      expect(text, code).toContain('line 7, column 3');
    }
  });
});
