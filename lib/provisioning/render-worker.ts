import { isMainThread, MessageChannel, type MessagePort, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkpointEvery, takeOverCheckpoints } from '@/db/checkpoints';
import type { Db } from '@/db/client';
import { log } from '@/lib/logger';
import { pageRenderer, type RenderJob } from './render-page';
import { ANSWERS, GONE, registerRenderThread, STATE } from './render-pool';
import { renderThreadModule } from './render-thread-module';

/**
 * The render thread: renders regeneration pages (./render-page.ts) beside the main thread, which meanwhile reads and
 * writes SQLite (./render-pool.ts). Started once by server.ts; this file is also the thread's entry point.
 */
type RenderThreadData = { provisioRenderThread: true; port: MessagePort; signal: SharedArrayBuffer; databaseFile: string };

/** How often the render thread checkpoints the WAL (db/checkpoints.ts): a PASSIVE checkpoint with nothing to do costs microseconds. */
const CHECKPOINT_EVERY_MS = 1000;

/**
 * Starts the render thread and makes regenerations use it; it also takes over the WAL checkpoints of `db` (the
 * process's writing connection). Resolves once it answers, rejects when it cannot start.
 */
export async function startRenderThread(db: Db): Promise<{ stop: () => Promise<void> }> {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(8);
  const code = await renderThreadModule();
  const checkpoints = takeOverCheckpoints(db);
  const worker = new Worker(code, {
    execArgv: [],
    workerData: { provisioRenderThread: true, port: port2, signal, databaseFile: checkpoints.file } satisfies RenderThreadData,
    transferList: [port2],
    // A page's objects live a few milliseconds, and die young in a young generation that holds a page: with V8's default
    // this thread's heap reached 150 MB at 100,000 devices (bench/regenerate); with 8 MB its collector took a third of
    // its time (a page's objects were promoted).
    resourceLimits: { maxYoungGenerationSizeMb: 32 },
  });
  const state = new Int32Array(signal);
  worker.on('error', (error) => log.error('the render thread failed', { error: String(error) }));
  await new Promise<void>((resolve, reject) => {
    worker.once('message', (message) => (message === 'ready' ? resolve() : reject(new Error(String(message)))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the render thread exited (code ${code})`)));
  }).catch((error: unknown) => {
    checkpoints.handBack();
    throw error;
  });
  worker.on('exit', () => {
    registerRenderThread(null);
    checkpoints.handBack();
  });
  port1.unref();
  registerRenderThread({ port: port1, signal: state, isAlive: () => Atomics.load(state, STATE) !== GONE });
  return {
    stop: async () => {
      registerRenderThread(null);
      checkpoints.handBack();
      await worker.terminate();
    },
  };
}

function runRenderThread({ port, signal, databaseFile }: RenderThreadData) {
  const render = pageRenderer();
  checkpointEvery(databaseFile, CHECKPOINT_EVERY_MS);
  const counter = new Int32Array(signal);
  // Seen by a main thread blocked in Atomics.wait, which cannot receive the 'exit' event meanwhile.
  process.on('exit', () => {
    Atomics.store(counter, STATE, GONE);
    Atomics.notify(counter, ANSWERS);
  });
  port.on('message', (job: RenderJob) => {
    try {
      port.postMessage(render(job));
    } catch (error) {
      port.postMessage({ regeneration: job.regeneration, page: job.page, error: error instanceof Error ? error.message : String(error) });
    }
    // After the message is queued: the main thread wakes, then finds it.
    Atomics.add(counter, ANSWERS, 1);
    Atomics.notify(counter, ANSWERS);
  });
  parentPort?.postMessage('ready');
}

if (!isMainThread && (workerData as RenderThreadData | undefined)?.provisioRenderThread) {
  runRenderThread(workerData as RenderThreadData);
}
