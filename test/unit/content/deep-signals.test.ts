/** Tier-2 signals on the content side: one request per text, none for Chinese-only drafts, a failure is "no signals". */
import { describe, expect, test, vi } from 'vitest';
import { deepSignals } from '../../../src/content/deep-signals';
import { MAX_INPUT_CHARS } from '../../../src/engine/analyze';
import { protocol } from '../../../src/messaging/protocol';
import type { NlpSignal } from '../../../src/engine/types';

const QUERIES = ['#Person+'];
const NAME: NlpSignal = { start: 0, end: 15, query: '#Person+' };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('deep signals', () => {
  test('asks once per text and keeps the answer for every later analysis', async () => {
    const ask = vi.fn(async () => [NAME]);
    const arrived = vi.fn();
    const deep = deepSignals(ask);
    deep.want('Margaret Okafor came in', QUERIES, arrived);
    deep.want('Margaret Okafor came in', QUERIES, arrived); // still on its way
    expect(deep.get('Margaret Okafor came in', QUERIES)).toBeUndefined();
    await flush();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(deep.get('Margaret Okafor came in', QUERIES)).toEqual([NAME]);
    deep.want('Margaret Okafor came in', QUERIES, arrived);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  test('a Chinese-only draft, or a rule set without queries, needs no round trip', () => {
    const ask = vi.fn(async () => [NAME]);
    const deep = deepSignals(ask);
    deep.want('3床王建国', QUERIES, () => {});
    deep.want('Margaret Okafor', [], () => {});
    expect(ask).not.toHaveBeenCalled();
    expect(deep.get('3床王建国', QUERIES)).toEqual([]);
  });

  test('a failed request counts as no signals and is not retried in a loop', async () => {
    const ask = vi.fn(async () => Promise.reject(new Error('no receiver')));
    const arrived = vi.fn();
    const deep = deepSignals(ask);
    deep.want('Margaret Okafor', QUERIES, arrived);
    await flush();
    expect(deep.get('Margaret Okafor', QUERIES)).toEqual([]);
    expect(arrived).toHaveBeenCalledTimes(1);
  });

  test('signals are per rule set queries, and only the last few texts are kept', async () => {
    const deep = deepSignals(async () => [NAME]);
    deep.want('Margaret Okafor', QUERIES, () => {});
    await flush();
    expect(deep.get('Margaret Okafor', ['#Place+'])).toBeUndefined();
    for (let i = 0; i < 8; i++) deep.want(`Draft ${i}`, QUERIES, () => {});
    await flush();
    expect(deep.get('Margaret Okafor', QUERIES)).toBeUndefined();
    expect(deep.get('Draft 7', QUERIES)).toEqual([NAME]);
  });

  test('a draft longer than the engine reads asks for the part it reads, which the request accepts', async () => {
    const ask = vi.fn(async (_text: string, _queries: readonly string[]) => [NAME]);
    const deep = deepSignals(ask);
    const long = `Margaret Okafor came in. ${'x'.repeat(MAX_INPUT_CHARS)}`;
    deep.want(long, QUERIES, () => {});
    await flush();
    const [text] = ask.mock.calls[0]!;
    expect(text).toHaveLength(MAX_INPUT_CHARS);
    expect(protocol.nlpSignals.request.safeParse({ text, queries: QUERIES }).success).toBe(true);
    expect(deep.get(long, QUERIES)).toEqual([NAME]);
  });
});
