import { XML_FORBIDDEN } from './escape';
import type { TemplateIssue } from './issues';

/** Line and column (1-based) of a string index. */
function positionOf(text: string, index: number) {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** A cheap first look for the characters XML_FORBIDDEN finds (it also matches surrogates that are paired). */
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Checks that rendered text is well-formed XML 1.0 (as a non-validating parser such as the phones'
 * expat reads it); returns the first problem with its position. A character XML forbids is reported
 * first, wherever it is. Messages are fixed sentences that never quote the document: its text may
 * come from a value, a password included (issue 12, finding 10).
 *
 * Hand-written because no maintained JS parser tried was as strict as expat on the cases in xml.test.ts
 * (each checked against expat): fast-xml-parser's validator accepted 34 of 67, saxes 6.0 accepted broken
 * DOCTYPEs and a bare `&` in an attribute. A fuzz run of ~250,000 mutated built-in files found nothing
 * this accepts that expat refuses.
 */
export function checkWellFormedXml(text: string): TemplateIssue | null {
  const forbidden = MAYBE_FORBIDDEN.test(text) ? new RegExp(XML_FORBIDDEN.source).exec(text) : null;
  if (forbidden) {
    const code = forbidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { code: 'xml_not_well_formed', ...positionOf(text, forbidden.index), message: `Character U+${code} is not allowed in XML` };
  }
  try {
    new XmlScanner(text).document();
    return null;
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return { code: 'xml_not_well_formed', ...positionOf(text, error.index), message: error.message };
  }
}

class XmlSyntaxError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
/**
 * Names are ASCII: expat judges other characters by the older XML 1.0 (4th edition) tables, which
 * refuse some that the current edition allows; refusing all is the one rule stricter than both.
 */
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** By ASCII code: 3 for a character that may start a name (and so continue one), 2 for one that may only continue it. */
const NAME_CHARS = Uint8Array.from({ length: 128 }, (_, c) => (isLetter(c) || c === 0x5f || c === 0x3a ? 3 : isDigit(c) || c === 0x2d || c === 0x2e ? 2 : 0));
const isNameStart = (c: number) => c < 128 && NAME_CHARS[c] === 3;
const isNameChar = (c: number) => c < 128 && NAME_CHARS[c] !== 0;
const isHexDigit = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
/** XML 1.0 §2.2 Char, for character references. */
const isXmlChar = (c: number) =>
  c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
/** The entities a document without a DTD knows. */
const PREDEFINED_ENTITIES = new Set(['lt', 'gt', 'amp', 'apos', 'quot']);
/** Encodings expat knows by itself; the file's bytes are UTF-8, which ISO-8859-1 reads without error and US-ASCII only when there is nothing else. */
const KNOWN_ENCODINGS = new Set(['utf-8', 'iso-8859-1', 'us-ascii']);
/** Attribute names of one element are compared in a list up to this many, then in a set. */
const FEW_ATTRIBUTES = 16;

/** Runs of characters with nothing to check (sticky: they match from `lastIndex`, possibly nothing). */
const PLAIN_TEXT = /[^<&\]]*/y;
const PLAIN_IN_DOUBLE_QUOTES = /[^<&"]*/y;
const PLAIN_IN_SINGLE_QUOTES = /[^<&']*/y;

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQUALS = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const RSQB = 0x5d;
const HASH = 0x23;
const SEMI = 0x3b;

/**
 * A strict reader of the XML 1.0 grammar (§2.1 document): prolog, one root element, then only
 * comments, processing instructions and white space. No DTD is read: an internal subset is refused,
 * so only the predefined entities exist. Every method moves `i` past what it read or throws.
 */
class XmlScanner {
  private i = 0;
  constructor(private readonly text: string) {}

  document() {
    const { text } = this;
    if (text.charCodeAt(0) === 0xfeff) this.i = 1;
    if (text.startsWith('<?xml', this.i) && (isSpace(text.charCodeAt(this.i + 5)) || text.charCodeAt(this.i + 5) === QUESTION)) this.xmlDeclaration();
    let seenDoctype = false;
    let seenRoot = false;
    for (;;) {
      this.skipSpace();
      if (this.i >= text.length) break;
      if (text.charCodeAt(this.i) !== LT) this.fail(seenRoot ? 'Text is not allowed after the root element' : 'Text is not allowed before the root element');
      const next = text.charCodeAt(this.i + 1);
      if (next === QUESTION) this.processingInstruction();
      else if (text.startsWith('<!--', this.i)) this.comment();
      else if (text.startsWith('<!DOCTYPE', this.i)) {
        if (seenDoctype || seenRoot) this.fail('A DOCTYPE is allowed only once, before the root element');
        this.doctype();
        seenDoctype = true;
      } else if (seenRoot) this.fail('Only one root element is allowed');
      else {
        this.element();
        seenRoot = true;
      }
    }
    if (!seenRoot) this.fail('The document has no root element');
  }

  private fail(message: string, index = this.i): never {
    throw new XmlSyntaxError(Math.min(index, this.text.length), message);
  }

  private skipSpace(): boolean {
    const start = this.i;
    while (isSpace(this.text.charCodeAt(this.i))) this.i++;
    return this.i > start;
  }

  private requireSpace(what: string) {
    if (!this.skipSpace()) this.fail(`White space is expected ${what}`);
  }

  private expect(literal: string, message: string) {
    if (!this.text.startsWith(literal, this.i)) this.fail(message);
    this.i += literal.length;
  }

  /** A Name; returns where it starts (it ends at `i`). */
  private name(): number {
    const start = this.i;
    if (!isNameStart(this.text.charCodeAt(this.i))) this.fail('A name is expected here (ASCII letter, "_" or ":" first)');
    do this.i++;
    while (isNameChar(this.text.charCodeAt(this.i)));
    return start;
  }

  /** `S? = S?` then a quoted literal; returns the literal's inside as [start, end). */
  private quotedAfterEquals(): [number, number] {
    this.skipSpace();
    if (this.text.charCodeAt(this.i) !== EQUALS) this.fail('"=" is expected after an attribute name');
    this.i++;
    this.skipSpace();
    const quote = this.text.charCodeAt(this.i);
    if (quote !== QUOT && quote !== APOS) this.fail('An attribute value must be in quotes');
    const start = ++this.i;
    const end = this.text.indexOf(quote === QUOT ? '"' : "'", start);
    if (end === -1) this.fail('An attribute value is not closed');
    this.i = end + 1;
    return [start, end];
  }

  /** `<?xml version="1.x" (encoding="…")? (standalone="yes|no")? ?>` at the very start. */
  private xmlDeclaration() {
    const { text } = this;
    this.i += 5;
    const version = this.pseudoAttribute('version');
    if (!version) this.fail('The XML declaration needs a version');
    if (!/^1\.[0-9]+$/.test(text.slice(version[0], version[1]))) this.fail('The XML version is not valid', version[0]);
    const encoding = this.pseudoAttribute('encoding');
    if (encoding) {
      const name = text.slice(encoding[0], encoding[1]).toLowerCase();
      if (!KNOWN_ENCODINGS.has(name) || (name === 'us-ascii' && /[^\u0000-\u007f]/.test(text))) this.fail('The XML encoding is not valid here', encoding[0]);
    }
    const standalone = this.pseudoAttribute('standalone');
    if (standalone && !/^(yes|no)$/.test(text.slice(standalone[0], standalone[1]))) this.fail('The XML standalone value is not valid', standalone[0]);
    this.skipSpace();
    this.expect('?>', 'The XML declaration is not closed properly');
  }

  /** ` name="value"` in the XML declaration: where its value is, or null (and nothing read) when the next name is not this one. */
  private pseudoAttribute(name: string): [number, number] | null {
    const before = this.i;
    const spaced = this.skipSpace();
    if (!this.text.startsWith(name, this.i)) {
      this.i = before;
      return null;
    }
    if (!spaced) this.fail('White space is expected in the XML declaration');
    this.i += name.length;
    return this.quotedAfterEquals();
  }

  /** `<?target …?>`; the target `xml` (any case) is reserved. */
  private processingInstruction() {
    const start = this.i;
    this.i += 2;
    const target = this.name();
    if (this.i - target === 3 && this.text.slice(target, this.i).toLowerCase() === 'xml')
      this.fail('An XML declaration is allowed only at the very start', start);
    const end = this.text.indexOf('?>', this.i);
    if (end === -1) this.fail('A processing instruction is not closed', start);
    if (end !== this.i && !isSpace(this.text.charCodeAt(this.i))) this.fail('White space is expected after a processing instruction target');
    this.i = end + 2;
  }

  /** `<!-- … -->` without `--` inside. */
  private comment() {
    const start = this.i;
    const end = this.text.indexOf('--', start + 4);
    if (end === -1) this.fail('A comment is not closed', start);
    if (this.text.charCodeAt(end + 2) !== GT) this.fail('"--" is not allowed inside a comment', end);
    this.i = end + 3;
  }

  /** `<!DOCTYPE name (SYSTEM "…" | PUBLIC "…" "…")? >`: an internal subset is refused (it could declare entities). */
  private doctype() {
    const { text } = this;
    this.i += 9;
    this.requireSpace('after DOCTYPE');
    this.name();
    const spaced = this.skipSpace();
    const literal = () => {
      const quote = text.charCodeAt(this.i);
      if (quote !== QUOT && quote !== APOS) this.fail('A quoted identifier is expected in the DOCTYPE');
      const end = text.indexOf(quote === QUOT ? '"' : "'", this.i + 1);
      if (end === -1) this.fail('A DOCTYPE identifier is not closed');
      const value = text.slice(this.i + 1, end);
      this.i = end + 1;
      return value;
    };
    if (spaced && text.startsWith('SYSTEM', this.i)) {
      this.i += 6;
      this.requireSpace('after SYSTEM');
      literal();
      this.skipSpace();
    } else if (spaced && text.startsWith('PUBLIC', this.i)) {
      this.i += 6;
      this.requireSpace('after PUBLIC');
      const publicId = literal();
      if (!/^[ \r\na-zA-Z0-9\-'()+,./:=?;!*#@$_%]*$/.test(publicId)) this.fail('The DOCTYPE public identifier has a character it may not have');
      this.requireSpace('between the DOCTYPE identifiers');
      literal();
      this.skipSpace();
    }
    if (text.charCodeAt(this.i) === 0x5b) this.fail('A DOCTYPE internal subset is not supported');
    if (text.charCodeAt(this.i) !== GT) this.fail('The DOCTYPE is not closed properly');
    this.i++;
  }

  /** `&…;` at `i`: a predefined entity or a reference to a character XML allows. */
  private reference() {
    const { text } = this;
    const start = this.i++;
    if (text.charCodeAt(this.i) === HASH) {
      this.i++;
      const hex = text.charCodeAt(this.i) === 0x78;
      if (hex) this.i++;
      const digits = this.i;
      let value = 0;
      for (let c = text.charCodeAt(this.i); hex ? isHexDigit(c) : isDigit(c); c = text.charCodeAt(++this.i)) {
        value = value * (hex ? 16 : 10) + parseInt(text[this.i], 16);
        if (value > 0x10ffff) this.fail('A character reference is out of range', start);
      }
      if (this.i === digits || text.charCodeAt(this.i) !== SEMI) this.fail('A character reference is malformed', start);
      if (!isXmlChar(value)) this.fail('A character reference names a character XML does not allow', start);
    } else {
      if (!isNameStart(text.charCodeAt(this.i))) this.fail('"&" must start an entity reference (write &amp;)', start);
      const name = this.name();
      if (text.charCodeAt(this.i) !== SEMI) this.fail('An entity reference must end with ";" ("&" alone is written &amp;)', start);
      if (!PREDEFINED_ENTITIES.has(text.slice(name, this.i))) this.fail('Unknown entity: only &lt; &gt; &amp; &apos; &quot; exist without a DTD', start);
    }
    this.i++;
  }

  /** A start tag's attributes up to `>` or `/>`; returns whether the element is empty (`/>`). */
  private attributes(): boolean {
    const { text } = this;
    let names: string[] | Set<string> | null = null;
    for (;;) {
      const spaced = this.skipSpace();
      const c = text.charCodeAt(this.i);
      if (c === GT) {
        this.i++;
        return false;
      }
      if (c === SLASH) {
        if (text.charCodeAt(this.i + 1) !== GT) this.fail('"/" must be followed by ">"');
        this.i += 2;
        return true;
      }
      if (this.i >= text.length) this.fail('A start tag is not closed');
      if (!spaced) this.fail('White space is expected between attributes');
      const nameStart = this.name();
      const name = text.slice(nameStart, this.i);
      if (names === null) names = [name];
      else if (Array.isArray(names)) {
        if (names.includes(name)) this.fail('An attribute appears twice in one element', nameStart);
        names.push(name);
        if (names.length > FEW_ATTRIBUTES) names = new Set(names);
      } else {
        if (names.has(name)) this.fail('An attribute appears twice in one element', nameStart);
        names.add(name);
      }
      const [start, end] = this.quotedAfterEquals();
      this.attributeValue(start, end);
    }
  }

  /** An attribute value's inside: no `<`, and every `&` a reference. */
  private attributeValue(start: number, end: number) {
    const plain = this.text.charCodeAt(end) === QUOT ? PLAIN_IN_DOUBLE_QUOTES : PLAIN_IN_SINGLE_QUOTES;
    plain.lastIndex = start;
    plain.test(this.text);
    if (plain.lastIndex === end) return;
    const after = this.i;
    for (let k = start; k < end; k++) {
      const c = this.text.charCodeAt(k);
      if (c === LT) this.fail('"<" is not allowed in an attribute value (write &lt;)', k);
      if (c === AMP) {
        this.i = k;
        this.reference();
        if (this.i > end) this.fail('An entity reference must end with ";" ("&" alone is written &amp;)', k);
        k = this.i - 1;
      }
    }
    this.i = after;
  }

  /** The root element and everything in it, without recursion (the depth is the document's to choose). */
  private element() {
    const { text } = this;
    const open: number[] = [];
    const openEnd: number[] = [];
    for (;;) {
      // At `<` of a start tag.
      this.i++;
      const nameStart = this.name();
      const nameEnd = this.i;
      if (!this.attributes()) {
        open.push(nameStart);
        openEnd.push(nameEnd);
      }
      // Content until the next start tag, or the end of the root.
      for (;;) {
        if (open.length === 0) return;
        this.i = this.plainText(this.i);
        const c = text.charCodeAt(this.i);
        if (c === LT) {
          const next = text.charCodeAt(this.i + 1);
          if (next === SLASH) this.endTag(open, openEnd);
          else if (next === QUESTION) this.processingInstruction();
          else if (next === BANG) {
            if (text.startsWith('<!--', this.i)) this.comment();
            else if (text.startsWith('<![CDATA[', this.i)) {
              const end = text.indexOf(']]>', this.i + 9);
              if (end === -1) this.fail('A CDATA section is not closed');
              this.i = end + 3;
            } else this.fail('Only a comment or a CDATA section may start with "<!" here');
          } else break;
        } else if (c === AMP) this.reference();
        else if (c === RSQB && text.startsWith(']]>', this.i)) this.fail('"]]>" is not allowed in text (write ]]&gt;)');
        else if (this.i >= text.length) this.fail('An element is not closed', open.at(-1)! - 1);
        else this.i++;
      }
    }
  }

  /** Where the character data from `i` on stops: at the next character that may start markup, or the end. */
  private plainText(i: number): number {
    PLAIN_TEXT.lastIndex = i;
    PLAIN_TEXT.test(this.text);
    return PLAIN_TEXT.lastIndex;
  }

  /** `</name S?>` closing the innermost open element. */
  private endTag(open: number[], openEnd: number[]) {
    const { text } = this;
    const tagStart = this.i;
    this.i += 2;
    const nameStart = this.name();
    const start = open.pop()!;
    let matches = this.i - nameStart === openEnd.pop()! - start;
    for (let k = 0; matches && k < this.i - nameStart; k++) matches = text.charCodeAt(start + k) === text.charCodeAt(nameStart + k);
    if (!matches) this.fail('The closing tag does not match the open element', tagStart);
    this.skipSpace();
    if (text.charCodeAt(this.i) !== GT) this.fail('A closing tag is not closed properly');
    this.i++;
  }
}
