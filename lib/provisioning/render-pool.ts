import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { log } from '@/lib/logger';
import { pageRenderer, type RenderedPage, type RenderJob } from './render-page';

/**
 * Who renders a regeneration's pages. The regeneration runs inside one synchronous SQLite transaction, so it cannot
 * await: with a render thread (./render-worker.ts, started by server.ts) it hands a page over, reads and writes the
 * previous one meanwhile, then blocks on a shared counter until the page comes back (Atomics.wait +
 * receiveMessageOnPort). Without one (tests, scripts, a thread that stopped answering) the page is rendered here, when
 * taken: the same code, in the same order.
 */
export type PageRenderer = {
  submit(job: RenderJob): void;
  /** The next page submitted, rendered (pages come back in the order they were submitted). */
  take(): RenderedPage;
};

/** Slots of the shared signal: answers posted (the main thread waits on it), and the thread's state. */
export const ANSWERS = 0;
export const STATE = 1;
export const GONE = 2;

/** The render thread's end of the channel, registered by ./render-worker.ts. */
export type RenderThreadChannel = { port: MessagePort; signal: Int32Array; isAlive: () => boolean };

/** A page of 500 devices renders in ~30 ms; a thread silent this long is stuck or gone. */
const PAGE_TIMEOUT_MS = 30_000;

// Shared by every module graph of the process (server.ts and Next's compiled server actions), like the database connection.
const holder = globalThis as typeof globalThis & { __provisioRenderThread?: RenderThreadChannel | null };

export const registerRenderThread = (channel: RenderThreadChannel | null) => {
  holder.__provisioRenderThread = channel;
};

/** A renderer for one regeneration: the render thread when there is one that answers, else this thread. */
export function pageRendererFor(): PageRenderer {
  const channel = holder.__provisioRenderThread;
  return channel?.isAlive() ? threadRenderer(channel) : inThreadRenderer();
}

/** How many pages the render thread has answered (0 without one). */
export const renderThreadAnswers = () => {
  const channel = holder.__provisioRenderThread;
  return channel ? Atomics.load(channel.signal, ANSWERS) : 0;
};

let here: ReturnType<typeof pageRenderer> | null = null;
/** This thread's renderer (its template memory), made on first use. */
const renderHere = (job: RenderJob) => (here ??= pageRenderer())(job);

function inThreadRenderer(): PageRenderer {
  const queue: RenderJob[] = [];
  return {
    submit: (job) => void queue.push(job),
    take: () => renderHere(queue.shift()!),
  };
}

type ThreadAnswer = RenderedPage | { regeneration: number; page: number; error: string };

function threadRenderer(channel: RenderThreadChannel): PageRenderer {
  const pending: RenderJob[] = [];
  // Every template sent in this regeneration: a page the thread never answers is rendered here, and needs them all.
  const templates = new Map<number, RenderJob['templates'][number]>();
  let isGone = false;
  const renderHereInstead = (job: RenderJob) => renderHere({ ...job, templates: [...templates.values()] });

  return {
    submit(job) {
      pending.push(job);
      for (const template of job.templates) templates.set(template.id, template);
      if (!isGone) channel.port.postMessage(job);
    },
    take() {
      const job = pending.shift()!;
      if (isGone) return renderHereInstead(job);
      const started = performance.now();
      for (;;) {
        const seen = Atomics.load(channel.signal, ANSWERS);
        const message = receiveMessageOnPort(channel.port)?.message as ThreadAnswer | undefined;
        if (message) {
          // A page of an earlier regeneration that stopped half-way (a render error, a name collision): not ours.
          if (message.regeneration !== job.regeneration || message.page !== job.page) continue;
          if ('error' in message) throw new Error(`the render thread failed: ${message.error}`);
          return message;
        }
        const waited = performance.now() - started;
        if (waited >= PAGE_TIMEOUT_MS || !channel.isAlive()) {
          log.error('the render thread stopped answering: regenerations render in the main thread from now on');
          registerRenderThread(null);
          isGone = true;
          return renderHereInstead(job);
        }
        Atomics.wait(channel.signal, ANSWERS, seen, PAGE_TIMEOUT_MS - waited);
      }
    },
  };
}
