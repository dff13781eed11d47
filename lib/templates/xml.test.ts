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
