import { describe, expect, it } from 'vitest';
import { RedirectionError } from './types';
import { decodeMethodCall, decodeMethodResponse, encodeMethodCall, encodeValue, type XmlRpcValue } from './xmlrpc';

const response = (value: string) => `<?xml version="1.0"?><methodResponse><params><param>${value}</param></params></methodResponse>`;

describe('encodeMethodCall / decodeMethodCall', () => {
  it.each<[string, XmlRpcValue[]]>([
    ['no params', []],
    ['strings', ['0015651a2b3c', 'kpbx-test', '1']],
    ['escaping', ['a & b < c > d "e" \'f\' ]]> \r\n tab\t', '']],
    ['non-ASCII', ['Città – 東京 ☎']],
    ['ints', [0, -1, 2147483647, -2147483648]],
    ['doubles', [1.5, 4294967296]],
    ['booleans', [true, false]],
    ['nil', [null]],
    ['nested', [[1, 'two', [true]], { mac: 'aa', serverName: 'x', nested: { list: [], empty: {} } }]],
  ])('round-trips %s', (_name, params) => {
    expect(decodeMethodCall(encodeMethodCall('redirect.registerDevice', params))).toEqual({ method: 'redirect.registerDevice', params });
  });

  it('writes the types the spec names', () => {
    expect(encodeMethodCall('m', ['x', 1, true, [], {}])).toContain(
      '<params><param><value><string>x</string></value></param><param><value><int>1</int></value></param>' +
        '<param><value><boolean>1</boolean></value></param><param><value><array><data></data></array></value></param>' +
        '<param><value><struct></struct></value></param></params>',
    );
    expect(encodeValue('<&>')).toBe('<value><string>&lt;&amp;&gt;</string></value>');
  });

  it('refuses what XML-RPC cannot say', () => {
    expect(() => encodeMethodCall('bad name', [])).toThrow(TypeError);
    expect(() => encodeValue(Number.NaN)).toThrow(TypeError);
  });
});

describe('decodeMethodResponse', () => {
  it('accepts an untyped value as a string (the Yealink quirk)', () => {
    expect(decodeMethodResponse(response('<value>OK</value>'))).toEqual({ ok: true, value: 'OK' });
    expect(decodeMethodResponse(response('<value></value>'))).toEqual({ ok: true, value: '' });
    expect(decodeMethodResponse(response('<value>  two  spaces </value>'))).toEqual({ ok: true, value: '  two  spaces ' });
  });

  it('reads the [boolean, text] answer with either text form, CDATA and whitespace', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <methodResponse>
        <params>
          <param>
            <value>
              <array>
                <data>
                  <value><boolean>0</boolean></value>
                  <value>Existing MAC(s): 0015651a2b3c</value>
                  <value><string><![CDATA[a <raw> & text]]></string></value>
                  <value><string>x &amp; &#x41;&#13;</string></value>
                  <value><string/></value>
                </data>
              </array>
            </value>
          </param>
        </params>
      </methodResponse>`;
    expect(decodeMethodResponse(xml)).toEqual({
      ok: true,
      value: [false, 'Existing MAC(s): 0015651a2b3c', 'a <raw> & text', 'x & A\r', ''],
    });
  });

  it.each<[string, string, XmlRpcValue]>([
    ['i4', '<i4>-7</i4>', -7],
    ['int', '<int> 42 </int>', 42],
    ['i8', '<i8>4294967296</i8>', 4294967296],
    ['double', '<double>1.25</double>', 1.25],
    ['boolean true', '<boolean>1</boolean>', true],
    ['nil', '<nil/>', null],
    ['dateTime as text', '<dateTime.iso8601>20260101T00:00:00</dateTime.iso8601>', '20260101T00:00:00'],
    [
      'struct of mixed members',
      '<struct><member><name>mac</name><value>0015651a2b3c</value></member><member> <name>n</name> <value><int>1</int></value> </member></struct>',
      { mac: '0015651a2b3c', n: 1 },
    ],
    ['array of structs', '<array><data><value><struct></struct></value><value><array><data/></array></value></data></array>', [{}, []]],
  ])('reads <%s>', (_name, typed, value) => {
    expect(decodeMethodResponse(response(`<value>${typed}</value>`))).toEqual({ ok: true, value });
  });

  it('returns a fault', () => {
    const xml = `<methodResponse><fault><value><struct>
      <member><name>faultCode</name><value><int>-32601</int></value></member>
      <member><name>faultString</name><value><string>method not found</string></value></member>
    </struct></value></fault></methodResponse>`;
    expect(decodeMethodResponse(xml)).toEqual({ ok: false, fault: { code: -32601, message: 'method not found' } });
  });

  it('accepts a fault whose code is untyped', () => {
    const xml =
      '<methodResponse><fault><value><struct><member><name>faultCode</name><value>4</value></member>' +
      '<member><name>faultString</name><value>Too many parameters</value></member></struct></value></fault></methodResponse>';
    expect(decodeMethodResponse(xml)).toEqual({ ok: false, fault: { code: 4, message: 'Too many parameters' } });
  });

  it.each([
    ['not XML', 'Internal error'],
    ['an HTML page', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['truncated XML', '<methodResponse><params><param><value>OK'],
    ['mismatched tags', '<methodResponse><params></param></methodResponse>'],
    ['empty body', ''],
    ['no params', '<methodResponse></methodResponse>'],
    ['two params', response('<value>a</value></param><param><value>b</value>')],
    ['an unknown type', response('<value><float>1</float></value>')],
    ['a bad int', response('<value><int>ten</int></value>')],
    ['a bad boolean', response('<value><boolean>yes</boolean></value>')],
    ['two types in one value', response('<value><int>1</int><string>x</string></value>')],
    ['a DOCTYPE', '<!DOCTYPE x [<!ENTITY a "aaaa">]><methodResponse><params><param><value>&a;</value></param></params></methodResponse>'],
  ])('refuses %s as RedirectionError(unknown)', (_name, xml) => {
    let caught: unknown;
    try {
      decodeMethodResponse(xml);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RedirectionError);
    expect((caught as RedirectionError).kind).toBe('unknown');
    expect((caught as RedirectionError).isRetryable).toBe(false);
  });
});
