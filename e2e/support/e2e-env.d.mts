export declare const E2E: {
  dataDir: string;
  httpPort: number;
  httpsPort: number;
  tftpPort: number;
  sipPnpPort: number;
  adminPassword: string;
  apiToken: string;
  readonly env: Record<string, string>;
};
