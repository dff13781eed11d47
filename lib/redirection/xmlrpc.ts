/**
 * A small XML-RPC codec (http://xmlrpc.com/spec.md) for the vendor redirection APIs that still speak it:
 * Yealink legacy RPS and its clones (Escene, Htek, Akuvox, Fanvil), Snom's legacy redirection API.
 * Quirks it tolerates are listed in ../shared/domain/redirection-servers.md §2.1: an untyped
 * `<value>OK</value>` is a string, strings may be CDATA, and a `<fault>` may replace the params.
 *
 * Parsing goes through fast-xml-parser with `preserveOrder`, so array items keep their order and a
 * `<value>` holding only text (untyped) can be told apart from one holding a typed child.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { RedirectionError } from './types';

export type XmlRpcValue = string | number | boolean | null | XmlRpcValue[] | { [member: string]: XmlRpcValue };

export type XmlRpcFault = { code: number; message: string };

/** A methodResponse: the single returned value, or the server's fault. */
export type XmlRpcResponse = { ok: true; value: XmlRpcValue } | { ok: false; fault: XmlRpcFault };

export type XmlRpcCall = { method: string; params: XmlRpcValue[] };

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const METHOD_NAME = /^[A-Za-z0-9_.:/]+$/;

// `\r` is written as a character reference because XML parsers normalise a literal CR to LF.
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** One `<value>` element; integers outside int32 go out as `<double>`, which is all the spec allows. */
export function encodeValue(value: XmlRpcValue): string {
  if (value === null) return '<value><nil/></value>';
  if (typeof value === 'string') return `<value><string>${escapeXml(value)}</string></value>`;
  if (typeof value === 'boolean') return `<value><boolean>${value ? 1 : 0}</boolean></value>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`XML-RPC cannot encode ${value}`);
    const isInt32 = Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
    return isInt32 ? `<value><int>${value}</int></value>` : `<value><double>${value}</double></value>`;
  }
  if (Array.isArray(value)) return `<value><array><data>${value.map(encodeValue).join('')}</data></array></value>`;
  const members = Object.entries(value)
    .filter(([, member]) => member !== undefined)
    .map(([name, member]) => `<member><name>${escapeXml(name)}</name>${encodeValue(member)}</member>`);
  return `<value><struct>${members.join('')}</struct></value>`;
}

/** The body of an XML-RPC request, ready to POST as `text/xml`. */
export function encodeMethodCall(method: string, params: readonly XmlRpcValue[] = []): string {
  if (!METHOD_NAME.test(method)) throw new TypeError(`Invalid XML-RPC method name: ${method}`);
  const encoded = params.map((param) => `<param>${encodeValue(param)}</param>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<methodCall><methodName>${method}</methodName><params>${encoded}</params></methodCall>`;
}

// preserveOrder yields a list of one-key objects: { tag: children }, { '#text': string } or { '#cdata': [...] }.
type XmlNode = Record<string, unknown>;
type Element = { name: string; children: XmlNode[] };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  processEntities: true,
  // Numeric character references (`&#13;`) are plain XML, but fast-xml-parser only decodes them with this on.
  htmlEntities: true,
});

const malformed = (detail: string) => new RedirectionError('unknown', `XML-RPC: ${detail}`);

const isText = (key: string) => key === '#text' || key === '#cdata';

function elementsOf(nodes: XmlNode[]): Element[] {
  const elements: Element[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name && !isText(name)) elements.push({ name, children: node[name] as XmlNode[] });
  }
  return elements;
}

function textOf(nodes: XmlNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node['#text'] === 'string') return node['#text'];
      return Array.isArray(node['#cdata']) ? textOf(node['#cdata'] as XmlNode[]) : '';
    })
    .join('');
}

function only(nodes: XmlNode[], name: string, where: string): Element {
  const found = elementsOf(nodes).filter((element) => element.name === name);
  if (found.length !== 1) throw malformed(`expected one <${name}> in <${where}>`);
  return found[0];
}

function integer(text: string, type: string): number {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) throw malformed(`<${type}> holds "${trimmed}"`);
  return Number(trimmed);
}

/** The contents of one `<value>`: text alone is an untyped string, otherwise exactly one typed child. */
function decodeValue(children: XmlNode[]): XmlRpcValue {
  const elements = elementsOf(children);
  if (elements.length === 0) return textOf(children);
  if (elements.length > 1) throw malformed('<value> holds more than one type');
  const [{ name, children: inner }] = elements;
  switch (name) {
    case 'string':
    case 'dateTime.iso8601':
    case 'base64':
      return textOf(inner);
    case 'i4':
    case 'i8':
    case 'int':
      return integer(textOf(inner), name);
    case 'double': {
      const number = Number(textOf(inner).trim());
      if (Number.isNaN(number)) throw malformed(`<double> holds "${textOf(inner)}"`);
      return number;
    }
    case 'boolean': {
      const flag = textOf(inner).trim().toLowerCase();
      if (flag === '1' || flag === 'true') return true;
      if (flag === '0' || flag === 'false') return false;
      throw malformed(`<boolean> holds "${flag}"`);
    }
    case 'nil':
      return null;
    case 'array':
      return elementsOf(only(inner, 'data', 'array').children).map((item) => {
        if (item.name !== 'value') throw malformed(`<${item.name}> inside <data>`);
        return decodeValue(item.children);
      });
    case 'struct': {
      const struct: { [member: string]: XmlRpcValue } = {};
      for (const member of elementsOf(inner)) {
        if (member.name !== 'member') throw malformed(`<${member.name}> inside <struct>`);
        struct[textOf(only(member.children, 'name', 'member').children)] = decodeValue(only(member.children, 'value', 'member').children);
      }
      return struct;
    }
    default:
      throw malformed(`unknown type <${name}>`);
  }
}

/** Well-formedness first (fast-xml-parser's parser alone is lenient), then the document's root element. */
function rootOf(xml: string, expected: string): Element {
  // XML-RPC has no use for a DTD; refusing one rules out entity-expansion tricks from a hostile server.
  if (/<!DOCTYPE/i.test(xml)) throw malformed('DOCTYPE is not allowed');
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) throw malformed(`not well-formed XML (${verdict.err.msg})`);
  const roots = elementsOf(parser.parse(xml) as XmlNode[]);
  if (roots.length !== 1 || roots[0].name !== expected) throw malformed(`expected <${expected}>`);
  return roots[0];
}

function paramsOf(nodes: XmlNode[], where: string): XmlRpcValue[] {
  return elementsOf(nodes).map((param) => {
    if (param.name !== 'param') throw malformed(`<${param.name}> inside <${where}>`);
    return decodeValue(only(param.children, 'value', 'param').children);
  });
}

/**
 * Reads a methodResponse into its single value or its fault. Anything that is not a well-formed
 * XML-RPC answer (HTML error page, truncated body, unknown type) is RedirectionError('unknown').
 */
export function decodeMethodResponse(xml: string): XmlRpcResponse {
  const root = rootOf(xml, 'methodResponse');
  const [body, ...rest] = elementsOf(root.children);
  if (!body || rest.length > 0) throw malformed('expected one <params> or <fault>');
  if (body.name === 'fault') {
    const fault = decodeValue(only(body.children, 'value', 'fault').children);
    if (!fault || typeof fault !== 'object' || Array.isArray(fault)) throw malformed('<fault> is not a struct');
    const code = typeof fault.faultCode === 'number' ? fault.faultCode : Number(fault.faultCode);
    return { ok: false, fault: { code: Number.isNaN(code) ? 0 : code, message: String(fault.faultString ?? '') } };
  }
  if (body.name !== 'params') throw malformed(`unexpected <${body.name}>`);
  const params = paramsOf(body.children, 'params');
  if (params.length !== 1) throw malformed(`expected one param, got ${params.length}`);
  return { ok: true, value: params[0] };
}

/** Reads a methodCall (the server side, used by the loopback fakes). */
export function decodeMethodCall(xml: string): XmlRpcCall {
  const root = rootOf(xml, 'methodCall');
  const method = textOf(only(root.children, 'methodName', 'methodCall').children).trim();
  if (!METHOD_NAME.test(method)) throw malformed(`invalid method name "${method}"`);
  const params = elementsOf(root.children).find((element) => element.name === 'params');
  return { method, params: params ? paramsOf(params.children, 'params') : [] };
}
