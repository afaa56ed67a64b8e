/** The rules train-linear writes for shipped models: plan + threshold + hand-written template. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../../../scripts/linear/plans';
import { ruleOf, type RuleTemplate } from '../../../scripts/linear/rule-template';
import { ruleSchema } from '../../../src/packs/schema';

const dir = join(import.meta.dirname, '..', '..', '..', 'scripts', 'linear', 'rules');
const templates = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as RuleTemplate] as const);

describe('ruleOf', () => {
  it('takes id, surfaces, language and context from the plan, the threshold from training, the rest from the template', () => {
    const plan = PLANS[0]!;
    const template: RuleTemplate = { priority: 10, message: { en: 'm' }, guidance: ['GMC-REMOTE'], examples: { match: [], noMatch: [] } };
    const rule = ruleOf(plan, 0.8, template);
    expect(Object.keys(rule)).toEqual(['id', 'category', 'severity', 'surfaces', 'languages', 'priority', 'detector', 'context', 'message', 'guidance', 'examples']);
    expect(rule).toMatchObject({ id: plan.rule, severity: 'warn', languages: [plan.lang], detector: { kind: 'linear', model: plan.name, threshold: 0.8 } });
    expect(rule.context).toEqual(plan.context);
  });
});

describe.each(templates)('the template of %s', (name, template) => {
  const plan = PLANS.find((p) => p.name === name);

  it('belongs to a plan and makes a valid rule', () => {
    expect(plan).toBeDefined();
    expect(ruleSchema.safeParse(ruleOf(plan!, 0.5, template)).success).toBe(true);
  });

  it('carries two match and two noMatch examples in the plan language', () => {
    for (const kind of ['match', 'noMatch'] as const) expect(template.examples[kind]!.filter((e) => e.lang === plan!.lang).length).toBeGreaterThanOrEqual(2);
  });
});
