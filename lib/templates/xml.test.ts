import { describe, expect, it } from 'vitest';
import { checkWellFormedXml } from './xml';

describe('checkWellFormedXml', () => {
  it('accepts well-formed XML', () => {
    expect(checkWellFormedXml('<?xml version="1.0" encoding="UTF-8"?>\n<a><b x="1"/></a>')).toBeNull();
  });
  it.each([
    ['unclosed tag', '<a>\n<b>\n</a>', 3],
    ['bare ampersand', '<a>R & F</a>', 1],
    ['mismatched', '<a></b>', 1],
  ])('reports %s with a line', (_n, text, line) => {
    const issue = checkWellFormedXml(text);
    expect(issue).toMatchObject({ code: 'xml_not_well_formed', line });
    expect(issue?.message).toBeTruthy();
  });

  it.each([
    ['NUL', '\u0000'],
    ['U+FFFF', '\uffff'],
    ['U+FFFE', '\ufffe'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', '\udc00'],
    ['vertical tab', '\u000b'],
  ])('refuses %s, which expat rejects, with its position', (_n, char) => {
    expect(checkWellFormedXml(`<a>\n<b>x${char}y</b></a>`)).toMatchObject({ code: 'xml_not_well_formed', line: 2, column: 5 });
  });
  it('accepts tab, line breaks and characters beyond the BMP', () => {
    expect(checkWellFormedXml('<a>\t\r\n😀 é</a>')).toBeNull();
  });
});

describe('the parser message never quotes the document (issue 12, finding 10)', () => {
  it.each([
    ['an attribute without value', '<a><xpw Zq9Wx7/></a>'],
    ['a closing tag that does not match', '<a><Zq9Wx7></b></a>'],
    ['an unclosed tag', '<a><Zq9Wx7>'],
    ['a name with quotes in it', "<a><x'Zq9'Wx7'/></a>"],
  ])('%s: the position is given, the text (a password, perhaps) is not', (_case, xml) => {
    const issue = checkWellFormedXml(xml);
    expect(issue).toMatchObject({ code: 'xml_not_well_formed', line: 1 });
    expect(issue!.message).not.toMatch(/Zq9|Wx7/);
  });
});

/**
 * Documents expat (the phones' parser) refuses, each checked against it when written; the check must
 * refuse every one, with a position and a message that quotes nothing of the document.
 */
describe('as strict as expat', () => {
  it.each([
    ['unclosed root', '<a>'],
    ['unclosed child', '<a><b></a>'],
    ['mismatched', '<a></b>'],
    ['mismatched case', '<a></A>'],
    ['closing tag without open', '</a>'],
    ['closing tag after root', '<a/></a>'],
    ['two roots', '<a/><b/>'],
    ['text before root', 'x<a/>'],
    ['text after root', '<a/>x'],
    ['empty document', ''],
    ['only white space', ' \n'],
    ['only a comment', '<!-- c -->'],
    ['bare ampersand', '<a>R & F</a>'],
    ['ampersand without semicolon', '<a>&amp</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['empty entity', '<a>&;</a>'],
    ['entity in attribute unknown', '<a x="&nbsp;"/>'],
    ['bare ampersand in attribute', '<a x="R & F"/>'],
    ['less-than in attribute', '<a x="1<2"/>'],
    ['reference to NUL', '<a>&#0;</a>'],
    ['reference to U+FFFF', '<a>&#xFFFF;</a>'],
    ['reference to a surrogate', '<a>&#xD800;</a>'],
    ['reference out of range', '<a>&#x110000;</a>'],
    ['reference without digits', '<a>&#;</a>'],
    ['hex reference without digits', '<a>&#x;</a>'],
    ['bad digit', '<a>&#1a;</a>'],
    ['attribute without quotes', '<a x=1/>'],
    ['attribute without value', '<a x/>'],
    ['attribute with = but no value', '<a x=/>'],
    ['attribute not closed', '<a x="1/>'],
    ['mixed quotes', '<a x="1\'/>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['attributes without space', '<a x="1"y="2"/>'],
    ['attribute on a closing tag', '<a></a x="1">'],
    ['space after <', '< a/>'],
    ['name starting with a digit', '<1a/>'],
    ['name starting with a hyphen', '<-a/>'],
    ['quote in a name', "<a><x'y/></a>"],
    ['slash without >', '<a/ >'],
    ['unclosed start tag', '<a'],
    ['unclosed end tag', '<a></a'],
    [']]> in text', '<a>]]></a>'],
    ['unclosed comment', '<a><!-- x</a>'],
    ['double hyphen in comment', '<a><!-- a -- b --></a>'],
    ['comment ending in --->', '<a><!-- a ---></a>'],
    ['unclosed CDATA', '<a><![CDATA[x</a>'],
    ['unknown <! markup', '<a><!FOO></a>'],
    ['CDATA outside the root', '<![CDATA[x]]><a/>'],
    ['unclosed processing instruction', '<a><?pi x</a>'],
    ['processing instruction without target', '<a><? x?></a>'],
    ['XML declaration not at the start', ' <?xml version="1.0"?><a/>'],
    ['XML declaration after a comment', '<!-- c --><?xml version="1.0"?><a/>'],
    ['second XML declaration', '<?xml version="1.0"?><?xml version="1.0"?><a/>'],
    ['reserved PI target inside', '<a><?xml version="1.0"?></a>'],
    ['XML declaration without version', '<?xml encoding="UTF-8"?><a/>'],
    ['XML declaration pseudo-attributes out of order', '<?xml encoding="UTF-8" version="1.0"?><a/>'],
    ['XML declaration with an unknown pseudo-attribute', '<?xml version="1.0" foo="x"?><a/>'],
    ['XML declaration with a bad standalone', '<?xml version="1.0" standalone="maybe"?><a/>'],
    ['XML declaration not closed', '<?xml version="1.0"<a/>'],
    ['DOCTYPE after the root', '<a/><!DOCTYPE a>'],
    ['two DOCTYPEs', '<!DOCTYPE a><!DOCTYPE a><a/>'],
    ['DOCTYPE without a name', '<!DOCTYPE><a/>'],
    ['DOCTYPE not closed', '<!DOCTYPE a<a/>'],
    ['DOCTYPE SYSTEM without literal', '<!DOCTYPE a SYSTEM><a/>'],
    ['DOCTYPE PUBLIC without system literal', '<!DOCTYPE a PUBLIC "p"><a/>'],
    ['DOCTYPE public id with a bad character', '<!DOCTYPE a PUBLIC "p{" "s"><a/>'],
    ['a closing tag with a quote in its name', "<a></a'>"],
    ['a duplicate among many attributes', `<a ${Array.from({ length: 20 }, (_, i) => `x${i}="${i}"`).join(' ')} x3="again"/>`],
  ])('refuses %s', (_case, xml) => {
    const issue = checkWellFormedXml(xml);
    expect(issue).toMatchObject({ code: 'xml_not_well_formed', line: expect.any(Number), column: expect.any(Number) });
    expect(issue!.message).toBeTruthy();
  });

  it.each([
    ['an empty element', '<a/>'],
    [
      'a declaration, DOCTYPE, comments and a PI',
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- head -->\n<!DOCTYPE a SYSTEM "a.dtd">\n<?pi data?>\n<a/>\n<!-- tail -->\n',
    ],
    ['a BOM before the declaration', '\uFEFF<?xml version="1.0"?><a/>'],
    ['DOCTYPE PUBLIC', '<!DOCTYPE a PUBLIC "-//X//DTD Y//EN" "y.dtd"><a/>'],
    ['every predefined entity and character references', '<a x="&lt;&gt;&amp;&apos;&quot;&#10;&#x41;">&lt;&gt;&amp;&apos;&quot;&#65;&#x1F600;</a>'],
    ['CDATA with markup inside', '<a><![CDATA[<b> & ]] > ]]></a>'],
    ['quotes of the other kind inside a value', '<a x="it\'s" y=\'say "hi"\'/>'],
    ['spaces around = and before >', '<a x = "1"  ></a >'],
    ['an empty comment and one with single hyphens', '<a><!----><!-- a - b --></a>'],
    ['names with : . - _ and digits', '<ns:a_b-c.d x1="1" xmlns:ns="u"><_x/></ns:a_b-c.d>'],
    ['a reserved-looking PI target', '<a><?xml-stylesheet href="s"?></a>'],
    ['text with > and ]]', '<a>a > b ]] c ]</a>'],
    ['deep nesting', `${'<a>'.repeat(2000)}${'</a>'.repeat(2000)}`],
    ['single-quoted declaration', "<?xml version='1.0' encoding='utf-8'?><a/>"],
    ['many attributes', `<a ${Array.from({ length: 40 }, (_, i) => `x${i}="${i}"`).join(' ')}/>`],
  ])('accepts %s', (_case, xml) => {
    expect(checkWellFormedXml(xml)).toBeNull();
  });

  it('points at the problem: the line and column of a stray ampersand in an attribute', () => {
    expect(checkWellFormedXml('<a>\n  <b x="R & F"/>\n</a>')).toMatchObject({ line: 2, column: 11 });
  });
  it('never quotes an undeclared entity, which a value cannot produce but a template can', () => {
    expect(checkWellFormedXml('<a>&Zq9Wx7;</a>')!.message).not.toMatch(/Zq9|Wx7/);
  });
});
