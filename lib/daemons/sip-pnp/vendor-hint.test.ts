import { describe, expect, it } from 'vitest';
import { userAgentHint } from './vendor-hint';

describe('userAgentHint', () => {
  it('takes vendor and model from a User-Agent that names them', () => {
    expect(userAgentHint('Yealink SIP-T46G 28.83.0.120')).toEqual({ vendor: 'Yealink', model: 'T46G' });
    // AudioCodes 405HD administrator's manual: https://www.easymanua.ls/audiocodes/405hd/manual/240349?p=41
    expect(userAgentHint('AUDC-IPPhone/2.2.2')).toEqual({ vendor: 'AudioCodes', model: null });
  });

  it('prefers the User-Agent over the MAC registration', () => {
    expect(userAgentHint('Fanvil X4 2.10.2.6887', '0015654aa937')).toEqual({ vendor: 'Fanvil', model: 'X4' });
  });

  it('falls back on the IEEE registration of the MAC the SUBSCRIBE came from', () => {
    expect(userAgentHint(null, 'c81fea83e85a')).toEqual({ vendor: 'Avaya', model: null });
    expect(userAgentHint('SomePhone/1.0', '00:15:65:4a:a9:37')).toEqual({ vendor: 'Yealink', model: null });
  });

  it('falls back on a MAC written in the User-Agent', () => {
    // github.com/wazo-platform/wazo-provd-plugins plugins/wazo_aastra/common/common.py
    expect(userAgentHint('Mitel6940 MAC:14-00-E9-1B-45-24 V:6.4.0.140-SIP')).toEqual({ vendor: 'Mitel', model: null });
  });

  it('returns null when neither names a vendor', () => {
    expect(userAgentHint(null)).toBeNull();
    expect(userAgentHint('   ', null)).toBeNull();
    expect(userAgentHint('curl/8.5.0', 'not a mac')).toBeNull();
  });
});
