/** Ports and credentials of the throw-away server the Playwright suite runs against. */
// E2E_PORT_BASE lets two suites run side by side on one machine (default ports 18080, 18443, 18069, 18060).
const base = Number(process.env.E2E_PORT_BASE ?? 18000);

export const E2E = {
  dataDir: `.tmp/e2e-${base}`,
  httpPort: base + 80,
  httpsPort: base + 443,
  tftpPort: base + 69,
  sipPnpPort: base + 60,
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
      REDIRECTION_POLL_MS: '200',
      // The suite's browser and API clients talk plain HTTP (baseURL in playwright.config.ts): let the console answer there.
      CONSOLE_HTTPS_ONLY: 'false',
      // The product's default shape (phones answered by web workers, the console behind them), whatever the machine's cores.
      WORKERS: '2',
    };
  },
};
