import enAccounts from '@/locales/en/accounts.json';
import enAuth from '@/locales/en/auth.json';
import enCommon from '@/locales/en/common.json';
import enDashboard from '@/locales/en/dashboard.json';
import enDevices from '@/locales/en/devices.json';
import enModels from '@/locales/en/models.json';
import enPbx from '@/locales/en/pbx.json';
import enTemplates from '@/locales/en/templates.json';
import enValidation from '@/locales/en/validation.json';
import enPlaceholders from '@/locales/en/placeholders.json';
import enRedirection from '@/locales/en/redirection.json';
import enFiles from '@/locales/en/files.json';
import enUnknown from '@/locales/en/unknown.json';
import enDiscovery from '@/locales/en/discovery.json';
import enTenants from '@/locales/en/tenants.json';
import enAudit from '@/locales/en/audit.json';
import enUsers from '@/locales/en/users.json';
import itAccounts from '@/locales/it/accounts.json';
import itAuth from '@/locales/it/auth.json';
import itCommon from '@/locales/it/common.json';
import itDashboard from '@/locales/it/dashboard.json';
import itDevices from '@/locales/it/devices.json';
import itModels from '@/locales/it/models.json';
import itPbx from '@/locales/it/pbx.json';
import itTemplates from '@/locales/it/templates.json';
import itValidation from '@/locales/it/validation.json';
import itPlaceholders from '@/locales/it/placeholders.json';
import itRedirection from '@/locales/it/redirection.json';
import itFiles from '@/locales/it/files.json';
import itUnknown from '@/locales/it/unknown.json';
import itDiscovery from '@/locales/it/discovery.json';
import itTenants from '@/locales/it/tenants.json';
import itAudit from '@/locales/it/audit.json';
import itUsers from '@/locales/it/users.json';

export const resources = {
  en: {
    common: enCommon,
    validation: enValidation,
    auth: enAuth,
    dashboard: enDashboard,
    devices: enDevices,
    accounts: enAccounts,
    pbx: enPbx,
    models: enModels,
    templates: enTemplates,
    placeholders: enPlaceholders,
    redirection: enRedirection,
    files: enFiles,
    unknown: enUnknown,
    discovery: enDiscovery,
    tenants: enTenants,
    audit: enAudit,
    users: enUsers,
  },
  it: {
    common: itCommon,
    validation: itValidation,
    auth: itAuth,
    dashboard: itDashboard,
    devices: itDevices,
    accounts: itAccounts,
    pbx: itPbx,
    models: itModels,
    templates: itTemplates,
    placeholders: itPlaceholders,
    redirection: itRedirection,
    files: itFiles,
    unknown: itUnknown,
    discovery: itDiscovery,
    tenants: itTenants,
    audit: itAudit,
    users: itUsers,
  },
} as const;
