/** Random zh/en/emoji/full-width text through the built-in pack: no throw, I4 and I5 hold. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { builtin } from '../../helpers/builtin';

const pieces = ['3床', '身份证', '440106198512034522', '１３９ １２３４ ５６７８', '😀', '\u200b', '你这是', '胆囊炎', 'take 400 mg', 'ibuprofen', 'Mr Smith', 'bed 12', '56岁', '男性', '广州', '我们医院', ' ', '，', 'a', '\ud83d', 'MRN 00482913', '加我微信', '链接在橱窗', '傻逼'];
const draft = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }).map((a) => a.join(''));
const surface = fc.constantFrom('post', 'reply', 'dm', 'note', 'article' as const);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe('analyze on random drafts', () => {
  const { ruleSet } = builtin();

  it('keeps spans in bounds, never splits a surrogate pair and is deterministic', () => {
    fc.assert(
      fc.property(draft, surface, (text, s) => {
        const findings = analyze(text, ruleSet, { surface: s });
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(isLow(text.charCodeAt(f.start)) && isHigh(text.charCodeAt(f.start - 1))).toBe(false);
          expect(isHigh(text.charCodeAt(f.end - 1)) && isLow(text.charCodeAt(f.end))).toBe(false);
        }
        expect(analyze(text, ruleSet, { surface: s })).toEqual(findings);
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});
