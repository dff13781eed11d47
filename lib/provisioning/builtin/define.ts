import type { BuiltInTemplate } from './types';

export const XML = 'application/xml';
export const TEXT = 'text/plain';

export const xmlTemplate = (name: string, body: string): BuiltInTemplate => ({ name, format: 'xml', firmware: null, body });
export const textTemplate = (name: string, body: string, firmware: string | null = null): BuiltInTemplate => ({ name, format: 'text', firmware, body });
