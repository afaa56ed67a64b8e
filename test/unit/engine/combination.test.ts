import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { rule, ruleSetOf } from '../../helpers/inline-pack';

const signal = (id: string, entity: 'age' | 'sex' | 'location' | 'condition', terms: string[], stackAs?: string) =>
  rule({ id: `quasi-identifier/${id}`, entity, signal: true, severity: 'info', detector: { kind: 'keywords', terms }, ...(stackAs ? { stackAs } : {}) });

const rules = [
  signal('age', 'age', ['56岁', '30岁']),
  signal('sex', 'sex', ['男性']),
  signal('place', 'location', ['广州']),
  signal('hiv', 'condition', ['HIV'], 'sensitive-condition'),
  rule({
    id: 'quasi-identifier/stack',
    detector: { kind: 'combination', stack: ['age', 'sex', 'location', 'sensitive-condition'], minDistinct: 3, windowChars: 30, escalate: { kinds: ['sensitive-condition'], severity: 'block' }, emitParts: true },
  }),
];
const set = ruleSetOf(rules);

describe('combinations', () => {
  it('flag the smallest stretch with enough distinct kinds and hide signals', () => {
    const text = '昨晚收了个56岁广州来的男性，主动脉夹层';
    const found = analyze(text, set, { surface: 'post' });
    const stack = found.find((f) => f.severity === 'warn')!;
    expect(text.slice(stack.start, stack.end)).toBe('56岁广州来的男性');
    expect(found.filter((f) => f.severity === 'info').map((f) => [text.slice(f.start, f.end), f.entity])).toEqual([
      ['56岁', 'age'],
      ['广州', 'location'],
      ['男性', 'sex'],
    ]);
    expect(found.every((f) => f.rule === 'quasi-identifier/stack')).toBe(true);
  });

  it('stay quiet below minDistinct or beyond the window', () => {
    expect(analyze('56岁男性', set, { surface: 'post' })).toEqual([]);
    expect(analyze(`56岁${'。'.repeat(40)}广州男性`, set, { surface: 'post' })).toEqual([]);
  });

  it('count one kind once', () => {
    expect(analyze('56岁30岁男性', set, { surface: 'post' })).toEqual([]);
  });

  it('escalate with a sensitive kind in the stretch', () => {
    expect(analyze('56岁男性HIV', set, { surface: 'post' }).find((f) => f.severity !== 'info')!.severity).toBe('block');
  });

  it('require a kind to be present', () => {
    const needsPlace = rule({ id: 'quasi-identifier/stack', detector: { kind: 'combination', stack: ['age', 'sex', 'location'], minDistinct: 2, windowChars: 30, require: ['location'] } });
    const s = ruleSetOf([...rules.slice(0, 4), needsPlace]);
    expect(analyze('56岁男性', s, { surface: 'post' })).toEqual([]);
    expect(analyze('56岁广州', s, { surface: 'post' })).toHaveLength(1);
  });

  it('a stretch its context suppresses does not hide a larger one beside it', () => {
    const quiet = rule({
      id: 'quasi-identifier/stack',
      detector: { kind: 'combination', stack: ['age', 'sex', 'location'], minDistinct: 2, windowChars: 30 },
      context: [{ effect: 'suppress', zh: ['不详'], scope: 'after', windowChars: 1 }],
    });
    const text = '广州，56岁男性不详';
    const found = analyze(text, ruleSetOf([...rules.slice(0, 3), quiet]), { surface: 'post' });
    // 56岁男性 is the smallest stretch, but 不详 follows it; 广州，56岁 still stacks two kinds.
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['广州，56岁']);
  });
});
