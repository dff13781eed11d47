import { isMainThread, MessageChannel, type MessagePort, parentPort, Worker, workerData } from 'node:worker_threads';
import { log } from '@/lib/logger';
import { pageRenderer, type RenderJob } from './render-page';
import { ANSWERS, GONE, registerRenderThread, STATE } from './render-pool';

/**
 * The render thread: renders regeneration pages (./render-page.ts) beside the main thread, which meanwhile reads and
 * writes SQLite (./render-pool.ts). Started once by server.ts; this file is also the thread's entry point.
 */
type RenderThreadData = { provisioRenderThread: true; port: MessagePort; signal: SharedArrayBuffer };

/**
 * A thread does not inherit tsx's module hooks (Node 20), so it registers them itself before loading this file; the
 * path aliases resolve as in the main thread.
 */
const threadEntry = () => {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
};

/** Starts the render thread and makes regenerations use it; resolves once it answers, rejects when it cannot start. */
export async function startRenderThread(): Promise<{ stop: () => Promise<void> }> {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(8);
  const worker = new Worker(threadEntry(), {
    eval: true,
    execArgv: [],
    workerData: { provisioRenderThread: true, port: port2, signal } satisfies RenderThreadData,
    transferList: [port2],
    // A page's objects live a few milliseconds: a small young generation collects them there. The default one let this
    // thread's heap reach 150 MB at 100,000 devices (bench/regenerate: peak RSS 346 MB with it, 291 MB with this).
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  const state = new Int32Array(signal);
  worker.on('error', (error) => log.error('the render thread failed', { error: String(error) }));
  await new Promise<void>((resolve, reject) => {
    worker.once('message', (message) => (message === 'ready' ? resolve() : reject(new Error(String(message)))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the render thread exited (code ${code})`)));
  });
  worker.on('exit', () => registerRenderThread(null));
  port1.unref();
  registerRenderThread({ port: port1, signal: state, isAlive: () => Atomics.load(state, STATE) !== GONE });
  return {
    stop: async () => {
      registerRenderThread(null);
      await worker.terminate();
    },
  };
}

function runRenderThread({ port, signal }: RenderThreadData) {
  const render = pageRenderer();
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
