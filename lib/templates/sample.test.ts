import { describe, expect, it } from 'vitest';
import { blankRenderContext, builtInPlaceholders, renderTemplate, sampleRenderContext, sampleXmlIssues } from '.';

describe('sample values', () => {
  it('gives every built-in placeholder a non-empty example, so every IF body is rendered', () => {
    expect(builtInPlaceholders().filter((p) => p.example === '')).toEqual([]);
  });

  it('renders the IF side with the sample and the IF_NOT side with the blank context', () => {
    const source =
      '%%IF VLAN_ID%%vlan %%END_IF%%%%IF_NOT ADMIN_PASSWORD%%open %%END_IF%%%%BEGIN_ACCOUNTS%%%%IF ACCOUNT_VOICEMAIL%%vm%%END_IF%%%%END_ACCOUNTS%%';
    expect(renderTemplate(source, sampleRenderContext({}), 'text')).toEqual({ ok: true, text: 'vlan vmvm' });
    expect(renderTemplate(source, blankRenderContext(source, {}), 'text')).toEqual({ ok: true, text: 'open ' });
  });
});

describe('sampleXmlIssues', () => {
  const cases: Array<[string, string, Record<string, string>, string[]]> = [
    ['well-formed either way', '<a>%%IF VLAN_ID%%<v id="%%VLAN_ID%%"/>%%END_IF%%%%IF_NOT VLAN_ID%%<v/>%%END_IF%%</a>', {}, []],
    ['if/else opening the same element two ways', '<a>%%IF VLAN_ID%%<v id="%%VLAN_ID%%">%%END_IF%%%%IF_NOT VLAN_ID%%<v>%%END_IF%%</v></a>', {}, []],
    ['broken XML in an IF body', '<a>\n%%IF NETWORK_IP%%\n<ip>\n%%END_IF%%\n</a>', {}, ['xml_not_well_formed']],
    ['broken XML in an IF_NOT body', '<a>%%IF_NOT ADMIN_PASSWORD%%<open>%%END_IF%%</a>', {}, ['xml_not_well_formed']],
    ['an empty custom value still has its IF body checked', '<a>%%IF _OPT%%<b>%%END_IF%%</a>', { OPT: '' }, ['xml_not_well_formed']],
    ['an untested placeholder keeps its sample value', '<settings>\n  <%%DEVICE_LABEL%%/>\n</settings>\n', {}, []],
    ['a template that does not render reports its own issues', '<a>%%IF NOPE%%%%END_IF%%</a>', {}, ['unknown_placeholder']],
  ];
  it.each(cases)('%s', (_name, source, custom, codes) => {
    expect(sampleXmlIssues(source, custom).map((i) => i.code)).toEqual(codes);
  });
});
