import type { DbOrTx } from '@/db/client';
import { brandsWithRule } from '@/db/queries/device-models';
import { getPbxSettings } from '@/db/queries/pbx';
import { redirectionState } from '@/db/queries/redirection-servers';
import { getPhoneAccess } from '@/db/queries/phone-access';
import { listTenants } from '@/db/queries/tenants';
import { env } from '@/lib/env';
import { currentCertificate } from '@/lib/tls';
import { provisioningChannels, sipPnpBaseUrl } from './channels';
import { provisioningUrls, type TenantFacts } from './context';
import { daemonsStatus } from './daemon-status';
import { discovery } from './discovery';
import { serverFacts } from './server-facts';

/**
 * Everything the "How phones find us" page shows for a tenant: the pure facts of
 * lib/provisioning/discovery.ts fed from the database, the environment and the daemons, plus
 * the channels' state, the redirection servers and the HTTPS certificate.
 */
export function discoveryFacts(db: DbOrTx, tenant: TenantFacts & { id: number }) {
  const e = env();
  const daemons = daemonsStatus();
  const facts = discovery({
    server: serverFacts(),
    tenant,
    tenantCount: listTenants(db).length,
    sipPnpDaemon: daemons?.sipPnp ?? null,
    answerUnknown: getPbxSettings(db, tenant.id)?.pnpAnswerUnknown ?? false,
    brands: brandsWithRule(db, tenant.id),
    preferHttps: !e.PROVISIONING_HTTP_ENABLED,
  });
  const certificate = currentCertificate();
  const pbx = getPbxSettings(db, tenant.id);
  return {
    ...facts,
    /** The URL a SIP PnP NOTIFY gives this tenant's phones (the scheme chosen in the PBX settings, if served). */
    sipPnpUrl: sipPnpBaseUrl(tenant, pbx?.pnpUrlScheme ?? 'http'),
    channels: provisioningChannels(tenant),
    sipPnpDaemon: daemons?.sipPnp ?? null,
    redirection: redirectionState(db, tenant.id),
    phoneAuth: phoneAuthFacts(db, tenant.id, provisioningUrlsOf(tenant)),
    httpEnabled: e.PROVISIONING_HTTP_ENABLED,
    consoleHttpsOnly: e.CONSOLE_HTTPS_ONLY,
    /** When these facts were read: the certificate's remaining validity is counted from here. */
    checkedAt: Date.now(),
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

const provisioningUrlsOf = (tenant: TenantFacts) => provisioningUrls(serverFacts(), { ...tenant, credentials: null });

/**
 * What phones must be given when the tenant's files need authentication: the user name, and the URL in the form
 * phones take (`https://user:<password>@host/…`; the password itself stays on the Phone access page). Null when off.
 */
function phoneAuthFacts(db: DbOrTx, tenantId: number, urls: { https: string }) {
  const access = getPhoneAccess(db, tenantId);
  if (access.authMode === 'off' || !access.username || !access.password) return null;
  const urlForm = urls.https.replace('://', `://${access.username}:<password>@`);
  return { mode: access.authMode, username: access.username, urlForm, tftpServesAllowedNetworks: access.allowedNetworks !== '' };
}
