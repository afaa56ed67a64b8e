/**
 * The rule of a shipped `linear` model, made from its plan (id, category, surfaces, language, context
 * clauses), the threshold train-linear chose and a hand-written template (severity, message, guidance,
 * examples) kept beside the plans in scripts/linear/rules/<model>.json. The rule file in rules/core is
 * output: it appears when the model passes the gate and goes when it stops passing, so the template
 * must outlive it. Keys come out in the order rules/README.md gives.
 */
import type { Rule } from '../../src/packs/schema';
import type { ModelPlan } from './plans';

export type RuleTemplate = Pick<Rule, 'message' | 'guidance' | 'examples'> & Partial<Pick<Rule, 'severity' | 'severityBySurface' | 'priority' | 'fix'>>;

export function ruleOf(plan: ModelPlan, threshold: number, template: RuleTemplate): Rule {
  const rule: Rule = {
    id: plan.rule,
    category: plan.category,
    severity: template.severity ?? 'warn',
    ...(template.severityBySurface && { severityBySurface: template.severityBySurface }),
    surfaces: [...plan.surfaces],
    languages: [plan.lang],
    ...(template.priority !== undefined && { priority: template.priority }),
    detector: { kind: 'linear', model: plan.name, threshold },
    context: [...plan.context],
    message: template.message,
    guidance: template.guidance,
    ...(template.fix && { fix: template.fix }),
    examples: template.examples,
  };
  return rule;
}
