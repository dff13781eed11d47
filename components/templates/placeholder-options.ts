import { BLOCK_BEGIN, BLOCK_END, builtInPlaceholders } from '@/lib/templates/placeholders';

export const PALETTE_GROUPS = ['pbx', 'account', 'phone', 'vendor', 'custom'] as const;
export type PaletteGroup = (typeof PALETTE_GROUPS)[number];
export type PaletteEntry = { token: string; group: PaletteGroup; example?: string };

/**
 * Everything the editor offers, in the guide's groups: the built-in catalogue (with the accounts
 * block markers at the head of the account group) and the tenant's custom %%_NAME%% placeholders.
 */
export function paletteEntries(customNames: readonly string[]): PaletteEntry[] {
  const builtIn = builtInPlaceholders().map((p): PaletteEntry => ({ token: `%%${p.name}%%`, group: p.group, example: p.example }));
  return [
    ...builtIn.filter((p) => p.group === 'pbx'),
    { token: `%%${BLOCK_BEGIN}%%`, group: 'account' },
    { token: `%%${BLOCK_END}%%`, group: 'account' },
    ...builtIn.filter((p) => p.group === 'account'),
    ...builtIn.filter((p) => p.group === 'phone'),
    ...builtIn.filter((p) => p.group === 'vendor'),
    ...customNames.map((name): PaletteEntry => ({ token: `%%_${name}%%`, group: 'custom' })),
  ];
}
