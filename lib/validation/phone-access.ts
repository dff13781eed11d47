import { z } from 'zod';
import { bool, wholeNumber } from './common';

/** The same modes as db/schema/phone-access.ts (this layer does not import the schema). */
export const PHONE_AUTH_MODES = ['off', 'basic', 'digest'] as const;

/** At most this many networks: each is checked on every fetch (a BlockList lookup, but still). */
export const MAX_ALLOWED_NETWORKS = 100;

/** The first-fetch window is for a phone being set up: a week at most (Vodia advises minutes, not days). */
export const MAX_FIRST_FETCH_WINDOW_HOURS = 168;

const address = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);
/** One network: an IPv4 or IPv6 address, or a network in CIDR notation. */
export const isNetwork = (text: string) => address.safeParse(text).success;

/** The form's text (one per line, or separated by commas or spaces) or the API's array, as a list. */
const toList = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(/[\s,;]+/)
        .map((part) => part.trim())
        .filter(Boolean)
    : value;

export const allowedNetworks = z.preprocess(
  toList,
  z
    .array(z.string({ error: 'validation:phoneAccess.networkInvalid' }), { error: 'validation:phoneAccess.networkInvalid' })
    .max(MAX_ALLOWED_NETWORKS, 'validation:phoneAccess.tooManyNetworks')
    .superRefine((networks, ctx) => {
      // One message on the field itself (the form shows it next to the text area), naming no line: the admin sees the list.
      if (networks.some((network) => !isNetwork(network))) ctx.addIssue({ code: 'custom', message: 'validation:phoneAccess.networkInvalid' });
    }),
);

/**
 * Credentials go into the URLs phones are given (`https://user:pass@host/…`): only characters no phone's URL parser
 * mistakes for a separator (RFC 3986 unreserved), so they never need percent-encoding, which some firmware does not decode.
 */
const URL_SAFE = /^[A-Za-z0-9._~-]*$/;

/** The fields of the "Phone access" form and of the API; the cross-field rules are in `phoneAccessSchema`. */
export const phoneAccessFields = z.object({
  authMode: z.enum(PHONE_AUTH_MODES, { error: 'validation:phoneAccess.authModeInvalid' }).default('off'),
  username: z.string().trim().max(64, 'validation:text.tooLong').regex(URL_SAFE, 'validation:phoneAccess.credentialChars').default(''),
  /** Write-only: left out (or empty in the form), the stored one is kept. */
  password: z.string().max(64, 'validation:text.tooLong').regex(URL_SAFE, 'validation:phoneAccess.credentialChars').default(''),
  allowedNetworks: allowedNetworks.default([]),
  checkUserAgentMac: bool.default(false),
  /** Hours a new or armed device's file is served without credentials (authentication on only); 0: never. */
  firstFetchWindowHours: wholeNumber('validation:phoneAccess.firstFetchWindowInvalid', 0, MAX_FIRST_FETCH_WINDOW_HOURS).default(0),
  enumerationThreshold: wholeNumber('validation:phoneAccess.thresholdInvalid', 3, 10_000).default(30),
  enumerationWindowMinutes: wholeNumber('validation:phoneAccess.windowMinutesInvalid', 1, 1440).default(10),
  enumerationCooldownMinutes: wholeNumber('validation:phoneAccess.cooldownInvalid', 1, 10_080).default(60),
});

export const MIN_PASSWORD_LENGTH = 8;

/** The settings as stored: authentication on needs a user name and a password (the stored one counts). */
export const phoneAccessSchema = phoneAccessFields.superRefine((data, ctx) => {
  if (data.authMode === 'off') return;
  if (!data.username) ctx.addIssue({ code: 'custom', path: ['username'], message: 'validation:phoneAccess.usernameRequired' });
  if (data.password.length < MIN_PASSWORD_LENGTH) ctx.addIssue({ code: 'custom', path: ['password'], message: 'validation:phoneAccess.passwordTooShort' });
});

export type PhoneAccessInput = z.infer<typeof phoneAccessFields>;
