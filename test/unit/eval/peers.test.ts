/** Each loaded peer on one mixed text: spans land on the right UTF-16 offsets, in our entity types. */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPeers } from '../../../src/cli/eval/peers/index';
import type { Peer } from '../../../src/cli/eval/peers/types';

const TEXT = '😀 张伟说：call me at 555-555-5555 or mail john.doe@example.com 🙂 from 192.168.10.20 好的';
const found = (text: string, spans: { start: number; end: number; entity: string }[]) => spans.map((s) => `${s.entity}:${text.slice(s.start, s.end)}`);

describe('peer adapters', () => {
  let peers: Peer[];
  beforeAll(async () => {
    peers = await loadPeers();
  }, 30_000);

  test('all seven load offline with a version', () => {
    expect(peers.map((p) => p.name)).toEqual(['redact-pii', '@openredaction/openredaction', '@redactpii/node', '@cdssnc/sanitize-pii', '@coffeeandfun/remove-pii', '@arcjet/redact', 'jieba-wasm']);
    for (const p of peers) expect(p.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  test.each(['redact-pii', '@openredaction/openredaction', '@redactpii/node', '@coffeeandfun/remove-pii', '@arcjet/redact'])('%s finds the email at its exact offsets', async (name) => {
    const spans = (await peers.find((p) => p.name === name)!.detect(TEXT))!;
    expect(found(TEXT, spans)).toContain('email:john.doe@example.com');
  });

  test.each(['redact-pii', '@cdssnc/sanitize-pii', '@coffeeandfun/remove-pii', '@arcjet/redact'])('%s finds the IP address after CJK and emoji', async (name) => {
    const spans = (await peers.find((p) => p.name === name)!.detect(TEXT))!;
    expect(found(TEXT, spans)).toContain('ip:192.168.10.20');
  });

  test('phone numbers from redacted-text peers slice back to the digits', async () => {
    for (const name of ['redact-pii', '@redactpii/node', '@cdssnc/sanitize-pii', '@arcjet/redact']) {
      const spans = (await peers.find((p) => p.name === name)!.detect(TEXT))!;
      expect(found(TEXT, spans), name).toContain('phone:555-555-5555');
    }
  });

  test('jieba-wasm tags the Chinese name at its offsets after an emoji and runs on zh records only', async () => {
    const jieba = peers.find((p) => p.name === 'jieba-wasm')!;
    expect(jieba.languages).toEqual(['zh']);
    const text = '😀 call 李娜 about 北京';
    expect(found(text, (await jieba.detect(text))!)).toEqual(['person-name:李娜', 'location:北京']);
  });
});

