/**
 * The entry point. The main process (lib/main-process.ts: Next, the daemons, every write) and its web workers
 * (lib/cluster/worker.ts, forked from this same file) load only their own modules: a worker never loads Next, which
 * kept its resident memory at about 114 MB instead of 200 MB (10,000 files cached).
 */
import cluster from 'node:cluster';
import { log } from '@/lib/logger';

if (cluster.isWorker) void import('@/lib/cluster/worker').then(({ runWebWorker }) => runWebWorker());
else
  void import('@/lib/main-process')
    .then(({ main }) => main())
    .catch((error: unknown) => {
      log.error('Provisio could not start', { error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    });
