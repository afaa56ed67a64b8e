/**
 * Talks to the tier-2 Worker (entrypoints/tier2-worker.ts): one request at a time in the Worker's
 * queue, each answered by id. A request that takes longer than `timeoutMs` is answered with no
 * signals, so tier 1 stands alone; a Worker that fails to load answers every request that way.
 */
import type { NlpSignal } from '../engine/types';

export interface Tier2Request {
  text: string;
  queries: string[];
}

export interface Tier2Reply {
  id: number;
  signals: NlpSignal[];
}

export type SignalSource = (request: Tier2Request) => Promise<NlpSignal[]>;

export function workerClient(start: () => Worker, timeoutMs = 10_000): SignalSource {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, (signals: NlpSignal[]) => void>();
  const settleAll = () => {
    for (const answer of waiting.values()) answer([]);
    waiting.clear();
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    const started = start();
    started.addEventListener('message', (event: MessageEvent<Tier2Reply>) => {
      waiting.get(event.data.id)?.(event.data.signals);
      waiting.delete(event.data.id);
    });
    started.addEventListener('error', () => {
      // A broken Worker is dropped; the next request starts a fresh one.
      started.terminate();
      if (worker === started) worker = undefined;
      settleAll();
    });
    return (worker = started);
  };
  return (request) =>
    new Promise((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve([]);
      }, timeoutMs);
      waiting.set(id, (signals) => {
        clearTimeout(timer);
        resolve(signals);
      });
      ensure().postMessage({ id, ...request });
    });
}
