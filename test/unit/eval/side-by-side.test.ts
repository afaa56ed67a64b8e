import { describe, expect, test } from 'vitest';
import type { CorpusRecord } from '../../../src/cli/eval/corpus';
import { scoreSpans } from '../../../src/cli/eval/score';
import { builtinPack } from '../../../src/cli/load-rule-set';
import type { Peer } from '../../../src/cli/eval/peers/types';
import { OURS, runSideBySide, spanRecords, type SystemRun } from '../../../src/cli/eval/side-by-side';
import { compileRuleSet } from '../../../src/packs/compile-rule-set';
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

  test('all at zero is no win for anyone', () => {
    const zero = { found: 0, gold: 3, correct: 0, predicted: 0, precision: 0, recall: 0, f1: 0 };
    expect(winnerLine('person-name', [{ system: OURS, score: zero }, { system: 'peer-x', score: zero }])).toMatch(/no system finds any/);
  });

  test('timing as ms per 1,000 characters and as a ratio to ours', () => {
    expect(timingTable([ours, peer]).slice(2)).toEqual(['| ClinGuard | 344.83 | 1.00 | 0 |', '| peer-x | 1034.48 | 3.00 | 1 |']);
  });
});

describe('runSideBySide', () => {
  test('every system sees every span record in order; a peer whose spans cannot be derived is counted', async () => {
    const second: CorpusRecord = { ...record, id: 'presidio_synth_en-0002', text: 'call 555-555-5555 now', spans: [{ start: 5, end: 17, entity: 'phone' }] };
    const noGold: CorpusRecord = { ...record, id: 'tweets_en-0001', spans: undefined, spans_complete: undefined };
    const peer: Peer = {
      name: 'peer-x',
      version: '1.0.0',
      spanSource: 'redacted text',
      labels: [['PHONE', 'phone']],
      detect: async (text) => (text.startsWith('call') ? null : [{ start: 9, end: 21, entity: 'phone' }]),
      run: (text) => text,
    };
    const records = spanRecords([record, noGold, second]);
    expect(records.map((r) => r.id)).toEqual([record.id, second.id]);
    const runs = await runSideBySide(records, compileRuleSet([builtinPack()]), [{ peer, supported: new Set(['phone']) }]);
    expect(runs.map((r) => [r.name, r.results.length, r.failed, r.chars])).toEqual([
      [OURS, 2, 0, record.text.length + second.text.length],
      ['peer-x', 2, 1, record.text.length + second.text.length],
    ]);
    expect(runs[1]!.results.map((r) => r.spans.length)).toEqual([1, 0]);
    expect(runs.every((r) => r.ms > 0)).toBe(true);
  });

  test('a peer built for one language sees only its records and sits only in that language\'s table', async () => {
    const zh: CorpusRecord = { ...record, id: 'weibo_ner_zh-0001', lang: 'zh', text: '张伟在北京', spans: [{ start: 0, end: 2, entity: 'person-name' }], spans_complete: ['person-name'] };
    const seen: string[] = [];
    const segmenter: Peer = {
      name: 'seg-zh',
      version: '1.0.0',
      spanSource: 'offsets',
      labels: [['nr', 'person-name']],
      languages: ['zh'],
      detect: async (text) => {
        seen.push(text);
        return [{ start: 0, end: 2, entity: 'person-name' }];
      },
      run: (text) => text,
    };
    const runs = await runSideBySide([record, zh], compileRuleSet([builtinPack()]), [{ peer: segmenter, supported: new Set(['person-name']) }]);
    expect(new Set(seen)).toEqual(new Set([zh.text]));
    expect(runs[1]!.results.map((r) => r.record.id)).toEqual([zh.id]);
    expect(runs[1]!.chars).toBe(zh.text.length);
    expect(sideBySideTable(runs, 'en').some((l) => l.includes('seg-zh'))).toBe(false);
    expect(sideBySideTable(runs, 'zh')).toContain('| person-name | seg-zh | 1 | 1 | 1.000 | 1 | 1 | 1.000 | 1.000 |');
    expect(timingTable(runs)[3]).toMatch(/^\| seg-zh \(zh only\) \|/);
  });
});

