import { describe, expect, it } from 'vitest';
import { explainRender, renderTemplate, sampleRenderContext } from '.';

describe('explainRender', () => {
  const context = sampleRenderContext({ OFFICE: '10.0.0.1' });
  const source = [
    '<settings>',
    '  <host>%%PBX_HOST%%:%%PBX_SIP_PORT%%</host>',
    '%%BEGIN_ACCOUNTS%%',
    '  <user line="%%ACCOUNT_INDEX%%">%%ACCOUNT_SIP_USERNAME%% "%%ACCOUNT_DISPLAY_NAME%%"</user>',
    '%%END_ACCOUNTS%%',
    '%%IF ADMIN_PASSWORD%%',
    '  <admin>%%ADMIN_PASSWORD%%</admin>',
    '%%END_IF%%',
    '  <office>%%_OFFICE%%</office>',
    '</settings>',
  ].join('\n');

  it('names the placeholders behind every line and gives exactly the rendered text', () => {
    const result = explainRender(source, context, 'xml');
    const plain = renderTemplate(source, context, 'xml');
    if (!result.ok || !plain.ok) throw new Error('render failed');
    expect(result.lines.map((l) => l.text).join('\n')).toBe(plain.text);
    // The accounts block markers keep their (empty) lines; IF markers take theirs.
    expect(result.lines.map((l) => l.placeholders)).toEqual([
      [],
      ['PBX_HOST', 'PBX_SIP_PORT'],
      [],
      ['ACCOUNT1_SIP_USERNAME', 'ACCOUNT1_DISPLAY_NAME'],
      [],
      ['ACCOUNT2_SIP_USERNAME', 'ACCOUNT2_DISPLAY_NAME'],
      [],
      ['ADMIN_PASSWORD'],
      ['_OFFICE'],
      [],
    ]);
  });

  it('keeps conditions deciding as in a real render: an empty value is not marked', () => {
    const empty = { ...context, phone: { ...context.phone, ADMIN_PASSWORD: '' } };
    const result = explainRender(source, empty, 'xml');
    if (!result.ok) throw new Error('render failed');
    expect(result.lines.some((l) => l.text.includes('<admin>'))).toBe(false);
  });

  it('escapes values for the format exactly like renderTemplate', () => {
    const tricky = { ...context, pbx: { ...context.pbx, PBX_HOST: 'a<b&"c' } };
    const result = explainRender('host = %%PBX_HOST%%\n', tricky, 'text');
    const plain = renderTemplate('host = %%PBX_HOST%%\n', tricky, 'text');
    if (!result.ok || !plain.ok) throw new Error('render failed');
    expect(result.lines.map((l) => l.text).join('\n')).toBe(plain.text);
  });
});
