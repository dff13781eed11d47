import { describe, expect, it } from 'vitest';
import { templateFormatFor } from './content-type';

describe('a new template’s format follows its model’s content type', () => {
  it('XML media types, with parameters or a +xml suffix, give XML', () => {
    for (const type of ['application/xml', 'text/xml', 'Application/XML; charset=utf-8', 'application/vnd.polycom+xml'])
      expect(templateFormatFor(type)).toBe('xml');
  });

  it('anything else gives text', () => {
    for (const type of ['text/plain', 'application/octet-stream', 'application/json', 'text/xml-ish', 'application/xmlrpc', ''])
      expect(templateFormatFor(type)).toBe('text');
  });
});
