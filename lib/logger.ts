/** A one-line structured logger shared by the web server and the daemons. Never pass secrets to it. */
const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

function threshold(): number {
  const configured = (process.env.LOG_LEVEL ?? 'info') as Level;
  return Math.max(0, LEVELS.indexOf(configured));
}

function write(level: Level, message: string, fields?: Record<string, unknown>) {
  if (LEVELS.indexOf(level) < threshold()) return;
  const extra = fields ? ` ${JSON.stringify(fields)}` : '';
  const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}${extra}\n`;
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line);
}

export const log = {
  debug: (m: string, f?: Record<string, unknown>) => write('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => write('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => write('warn', m, f),
  error: (m: string, f?: Record<string, unknown>) => write('error', m, f),
};
