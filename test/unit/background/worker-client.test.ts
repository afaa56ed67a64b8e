/** The tier-2 Worker client: replies matched by id, a slow reply or a broken Worker answers "no signals". */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { workerClient } from '../../../src/background/worker-client';
import type { NlpSignal } from '../../../src/engine/types';

/** A stand-in Worker: `reply` decides what comes back for each posted request (or nothing). */
class FakeWorker extends EventTarget {
  static started = 0;
  terminated = false;
  constructor(private readonly reply: (data: { id: number; text: string }) => NlpSignal[] | 'silent' | 'crash') {
    super();
    FakeWorker.started++;
  }
  postMessage(data: { id: number; text: string }) {
    const answer = this.reply(data);
    queueMicrotask(() => {
      if (answer === 'crash') this.dispatchEvent(new Event('error'));
      else if (answer !== 'silent') this.dispatchEvent(new MessageEvent('message', { data: { id: data.id, signals: answer } }));
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const span = (text: string): NlpSignal[] => [{ start: 0, end: text.length, query: '#Person+' }];

afterEach(() => {
  vi.useRealTimers();
  FakeWorker.started = 0;
});

describe('worker client', () => {
  test('each request gets its own reply, in one Worker', async () => {
    const ask = workerClient(() => new FakeWorker(({ text }) => span(text)) as unknown as Worker);
    const [a, b] = await Promise.all([ask({ text: 'Ann', queries: [] }), ask({ text: 'Bartholomew', queries: [] })]);
    expect([a[0]!.end, b[0]!.end]).toEqual([3, 11]);
    expect(FakeWorker.started).toBe(1);
  });

  test('a reply slower than the timeout is answered with no signals', async () => {
    vi.useFakeTimers();
    const ask = workerClient(() => new FakeWorker(() => 'silent') as unknown as Worker, 1_000);
    const pending = ask({ text: 'Ann', queries: [] });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toEqual([]);
  });

  test('a Worker that crashes answers with no signals and is replaced on the next request', async () => {
    let crash = true;
    const workers: FakeWorker[] = [];
    const ask = workerClient(() => {
      const worker = new FakeWorker(({ text }) => (crash ? 'crash' : span(text)));
      workers.push(worker);
      return worker as unknown as Worker;
    });
    expect(await ask({ text: 'Ann', queries: [] })).toEqual([]);
    expect(workers[0]!.terminated).toBe(true);
    crash = false;
    expect(await ask({ text: 'Ann', queries: [] })).toHaveLength(1);
    expect(workers).toHaveLength(2);
  });
});
