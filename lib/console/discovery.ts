import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { brands, deviceModels, filenameRules } from '@/db/schema';
import { daemonsStatus } from '@/lib/daemons/status';
import { getPbxSettings } from '@/lib/domain/pbx';
import { listRedirectionServers } from '@/lib/domain/redirection-servers';
import { listTenants } from '@/lib/domain/tenants';
import { env } from '@/lib/env';
import { discovery } from '@/lib/provisioning/discovery';
import type { FilenameRuleFacts } from '@/lib/provisioning/file-name';
import type { TenantFacts } from '@/lib/provisioning/context';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { currentCertificate } from '@/lib/tls';
import { REDIRECTION_BRANDS } from '@/db/schema/redirection-servers';
import { provisioningChannels } from './provisioning-facts';

/** Each brand of the tenant with the file-name rule of its first model (built-in models first), for an example file name. */
function brandsWithRule(db: Db, tenantId: number): Array<{ name: string; rule: FilenameRuleFacts | null }> {
  const rows = db
    .select({ brand: brands.name, prefix: filenameRules.prefix, macFormat: filenameRules.macFormat, suffix: filenameRules.suffix, isBuiltIn: deviceModels.isBuiltIn })
    .from(brands)
    .leftJoin(deviceModels, eq(deviceModels.brandId, brands.id))
    .leftJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
    .where(eq(brands.tenantId, tenantId))
    .orderBy(asc(brands.name), asc(deviceModels.name))
    .all();
  const out = new Map<string, { rule: FilenameRuleFacts | null; isBuiltIn: boolean }>();
  for (const r of rows) {
    const rule = r.macFormat === null ? null : { prefix: r.prefix ?? '', macFormat: r.macFormat, suffix: r.suffix ?? '' };
    const seen = out.get(r.brand);
    if (!seen || (!seen.rule && rule) || (rule && r.isBuiltIn && !seen.isBuiltIn)) out.set(r.brand, { rule, isBuiltIn: !!r.isBuiltIn });
  }
  return [...out].map(([name, { rule }]) => ({ name, rule }));
}

/** Per vendor that has a redirection service: is a server configured here, and is one enabled. */
function redirectionState(db: Db, tenantId: number) {
  const servers = listRedirectionServers(db, tenantId);
  return Object.fromEntries(
    REDIRECTION_BRANDS.map((brand) => {
      const mine = servers.filter((s) => s.brand === brand);
      return [brand, { configured: mine.length > 0, enabled: mine.filter((s) => s.isEnabled).map((s) => s.name) }];
    }),
  ) as Record<(typeof REDIRECTION_BRANDS)[number], { configured: boolean; enabled: string[] }>;
}

/**
 * Everything the "How phones find us" page shows for a tenant: the pure facts of
 * lib/provisioning/discovery.ts fed from the database, the environment and the daemons, plus
 * the channels' state, the redirection servers and the HTTPS certificate.
 */
export function discoveryFacts(db: Db, tenant: TenantFacts & { id: number }) {
  const e = env();
  const daemons = daemonsStatus();
  const facts = discovery({
    server: serverFacts(),
    tenant,
    tenantCount: listTenants(db).length,
    sipPnpDaemon: daemons?.sipPnp ?? null,
    answerUnknown: getPbxSettings(db, tenant.id).pnpAnswerUnknown,
    brands: brandsWithRule(db, tenant.id),
    preferHttps: !e.PROVISIONING_HTTP_ENABLED,
  });
  const certificate = currentCertificate();
  return {
    ...facts,
    channels: provisioningChannels(tenant),
    sipPnpDaemon: daemons?.sipPnp ?? null,
    redirection: redirectionState(db, tenant.id),
    httpEnabled: e.PROVISIONING_HTTP_ENABLED,
    consoleHttpsOnly: e.CONSOLE_HTTPS_ONLY,
    certificate: certificate && {
      source: certificate.source,
      subject: certificate.subject,
      subjectAltNames: certificate.subjectAltName ? certificate.subjectAltName.split(/,\s*/) : [],
      validTo: certificate.validTo.getTime(),
      fingerprint256: certificate.fingerprint256,
    },
  };
}
export type DiscoveryFacts = ReturnType<typeof discoveryFacts>;
