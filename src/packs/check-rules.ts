/**
 * Checks the schema cannot express: id/category agreement, duplicate ids, patterns that compile,
 * known validators, lists and guidance ids, and a message and examples for every declared language.
 */
import { unpackWeights } from '../detectors/linear/weights';
import { VALIDATORS } from '../detectors/validators';
import type { PackIssue } from './pack-issue';
import type { Pack, Rule } from './schema';

export interface RuleCheckOptions {
  /** Lists provided by other loaded packs (a hospital pack may use the core lists). */
  knownLists?: readonly string[];
  /** Citation ids of rules/guidance.json; unchecked when absent. */
  knownGuidance?: ReadonlySet<string>;
  /** Models provided by other loaded packs. */
  knownModels?: readonly string[];
  /** Rule ids already loaded from other packs. */
  takenIds?: ReadonlySet<string>;
}

export function checkRules(pack: Pack, options: RuleCheckOptions = {}): PackIssue[] {
  const lists = new Set([...Object.keys(pack.lists ?? {}), ...(options.knownLists ?? [])]);
  const models = new Set([...Object.keys(pack.models ?? {}), ...(options.knownModels ?? [])]);
  const seen = new Set<string>(options.takenIds);
  const issues: PackIssue[] = [...checkModels(pack)];
  pack.rules.forEach((rule, i) => {
    const at = (field: string, message: string) => issues.push({ path: `rules[${i}]${field}`, ruleId: rule.id, message });
    if (seen.has(rule.id)) at('.id', 'duplicate rule id: another rule already uses it');
    seen.add(rule.id);
    if (!rule.id.startsWith(`${rule.category}/`)) at('.category', `must match the id prefix "${rule.id.split('/')[0]}"`);
    checkDetector(rule, { lists, models }, at);
    rule.context?.forEach((clause, c) => {
      if (clause.pattern) checkPattern(clause.pattern, clause.flags, (m) => at(`.context[${c}].pattern`, m));
      clause.lists?.forEach((name, l) => lists.has(name) || at(`.context[${c}].lists[${l}]`, `unknown list "${name}"`));
      if (!clause.zh?.length && !clause.en?.length && !clause.lists?.length && !clause.pattern) at(`.context[${c}]`, 'needs words, lists or a pattern');
      if (clause.levels !== undefined && clause.effect !== 'boost' && clause.effect !== 'dampen') at(`.context[${c}].levels`, 'only boost and dampen move by levels');
    });
    rule.guidance.forEach((id, g) => options.knownGuidance && !options.knownGuidance.has(id) && at(`.guidance[${g}]`, `unknown citation id "${id}"`));
    for (const lang of rule.languages) {
      if (!rule.message[lang]) at(`.message.${lang}`, `missing the ${lang} message for a declared language`);
      for (const kind of ['match', 'noMatch'] as const) {
        if (!rule.examples[kind].some((e) => e.lang === lang)) at(`.examples.${kind}`, `needs at least one ${lang} example`);
      }
    }
  });
  return issues;
}

function checkDetector(rule: Rule, { lists, models }: { lists: ReadonlySet<string>; models: ReadonlySet<string> }, at: (field: string, message: string) => void): void {
  const d = rule.detector;
  if (d.kind === 'linear' && !models.has(d.model)) at('.detector.model', `unknown model "${d.model}"`);
  if (d.kind === 'regex') {
    checkPattern(d.pattern, d.flags, (m) => at('.detector.pattern', m));
    if (d.validator && !(d.validator in VALIDATORS)) at('.detector.validator', `unknown validator "${d.validator}" (known: ${Object.keys(VALIDATORS).join(', ')})`);
  } else if (d.kind === 'keywords') {
    d.lists?.forEach((name, l) => lists.has(name) || at(`.detector.lists[${l}]`, `unknown list "${name}"`));
    if (!d.terms?.length && !d.lists?.length) at('.detector', 'needs terms or lists');
  } else if (d.kind === 'combination') {
    if (d.minDistinct > d.stack.length) at('.detector.minDistinct', 'is larger than the number of stacked kinds');
    d.require?.forEach((k, r) => d.stack.includes(k) || at(`.detector.require[${r}]`, `"${k}" is not in stack`));
    d.absent?.forEach((k, a) => d.stack.includes(k) && at(`.detector.absent[${a}]`, `"${k}" cannot be both stacked and absent`));
  }
}

/** What the model schema cannot say: n-gram bounds in order and weights that decode. */
function checkModels(pack: Pack): PackIssue[] {
  const issues: PackIssue[] = [];
  for (const [name, model] of Object.entries(pack.models ?? {})) {
    if (model.minN > model.maxN) issues.push({ path: `models.${name}.minN`, message: 'is larger than maxN' });
    try {
      unpackWeights(model.weights, model.hashBits);
    } catch (error) {
      issues.push({ path: `models.${name}.weights.data`, message: (error as Error).message });
    }
  }
  return issues;
}

function checkPattern(pattern: string, flags: string | undefined, report: (message: string) => void): void {
  try {
    new RegExp(pattern, `u${flags?.includes('i') ? 'i' : ''}`);
  } catch (error) {
    report(`invalid regular expression: ${(error as Error).message}`);
  }
}
