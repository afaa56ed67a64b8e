/** The worst false positives and negatives per category, with the rules that fired, for tuning. */
import { severityRank, type Category } from '../../engine/types';
import { flags, type Scored } from './score';

export interface ErrorExample {
  id: string;
  rules: string[];
  excerpt: string;
}

const excerpt = (text: string): string => text.replace(/\s+/g, ' ').slice(0, 140);

export function worstErrors(results: readonly Scored[], category: Category, kind: 'fp' | 'fn', limit = 20): ErrorExample[] {
  return results
    .filter(({ record, findings }) => record.expect[category] === (kind === 'fn') && flags(findings, category) === (kind === 'fp'))
    .map(({ record, findings }) => {
      const own = findings.filter((f) => f.category === category);
      const weight = own.reduce((n, f) => n + severityRank(f.severity), 0);
      return { weight, example: { id: record.id, rules: [...new Set(own.map((f) => `${f.rule}:${f.severity}`))], excerpt: excerpt(record.text) } };
    })
    .sort((a, b) => b.weight - a.weight || a.example.id.localeCompare(b.example.id))
    .slice(0, limit)
    .map((e) => e.example);
}
