/** Ports and credentials of the throw-away server the Playwright suite runs against. */
export const E2E = {
  dataDir: '.tmp/e2e',
  httpPort: 18080,
  httpsPort: 18443,
  tftpPort: 16969,
  sipPnpPort: 15060,
  adminPassword: 'e2e-admin-password',
  apiToken: 'e2e-api-token-0123456789abcdef',
  get env() {
    return {
      HTTP_PORT: String(this.httpPort),
      HTTPS_PORT: String(this.httpsPort),
      TFTP_PORT: String(this.tftpPort),
      SIP_PNP_PORT: String(this.sipPnpPort),
      PUBLIC_HOST: '127.0.0.1',
      BIND_ADDRESS: '127.0.0.1',
      PROVISIO_ADMIN_PASSWORD: this.adminPassword,
      PROVISIO_API_TOKEN: this.apiToken,
      LOG_LEVEL: 'warn',
    };
  },
};
