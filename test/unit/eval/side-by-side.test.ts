import { describe, expect, test } from 'vitest';
import type { CorpusRecord } from '../../../src/cli/eval/corpus';
import { scoreSpans } from '../../../src/cli/eval/score';
import { OURS, type SystemRun } from '../../../src/cli/eval/side-by-side';
import { sideBySideTable, timingTable, winnerLine } from '../../../src/cli/eval/side-by-side-markdown';

const record: CorpusRecord = {
  id: 'presidio_synth_en-0001',
  lang: 'en',
  surface: 'post',
  text: 'Ann Lee, 555-555-5555, Boston',
  expect: {},
  spans: [
    { start: 0, end: 7, entity: 'person-name' },
    { start: 9, end: 21, entity: 'phone' },
    { start: 23, end: 29, entity: 'location' },
  ],
  spans_complete: ['person-name', 'phone', 'location'],
  source: 'x',
  licence: 'MIT',
};

const ours: SystemRun = { name: OURS, results: [{ record, spans: [{ start: 9, end: 21, entity: 'phone' }] }], ms: 10, chars: 29, failed: 0 };
const peer: SystemRun = {
  name: 'peer-x',
  supported: new Set(['person-name', 'phone']),
  results: [{ record, spans: [{ start: 0, end: 3, entity: 'person-name' }, { start: 9, end: 21, entity: 'phone' }, { start: 23, end: 29, entity: 'location' }] }],
  ms: 30,
  chars: 29,
  failed: 1,
};

describe('side by side', () => {
  test('a peer is scored only on the types its table supports', () => {
    expect(Object.keys(scoreSpans(peer.results, peer.supported))).toEqual(['person-name', 'phone']);
    expect(Object.keys(scoreSpans(ours.results))).toEqual(['location', 'person-name', 'phone']);
  });

  test('a span covering under half of the gold is not found, but still overlaps (correct)', () => {
    const name = scoreSpans(peer.results, peer.supported)['person-name']!;
    expect([name.found, name.correct, name.predicted]).toEqual([0, 1, 1]);
  });

  test('table rows per type and system, and who wins where', () => {
    const lines = sideBySideTable([ours, peer], 'en');
    expect(lines).toContain('| phone | **ClinGuard** | 1 | 1 | 1.000 | 1 | 1 | 1.000 | 1.000 |');
    expect(lines).toContain('| phone | peer-x | 1 | 1 | 1.000 | 1 | 1 | 1.000 | 1.000 |');
    expect(lines.filter((l) => l.startsWith('| location'))).toHaveLength(1);
    expect(lines).toContain('- **location**: no peer supports it — ClinGuard 0.000');
    expect(lines.find((l) => l.startsWith('- **phone**'))).toMatch(/tie at the top/);
  });

  test('winner line names a peer that beats us with both scores', () => {
    const score = (f1: number) => ({ found: 0, gold: 1, correct: 0, predicted: 0, precision: f1, recall: f1, f1 });
    expect(winnerLine('ip', [{ system: OURS, score: score(0) }, { system: 'peer-x', score: score(1) }])).toBe(
      '- **ip**: peer-x ahead of ClinGuard (1.000 vs 0.000) — peer-x 1.000 · ClinGuard 0.000',
    );
  });

  test('timing as ms per 1,000 characters and as a ratio to ours', () => {
    expect(timingTable([ours, peer]).slice(2)).toEqual(['| ClinGuard | 344.83 | 1.00 | 0 |', '| peer-x | 1034.48 | 3.00 | 1 |']);
  });
});
