/** `clinguard scan [FILE…|-]` for people: the text with the spans marked, then each finding. */
import { analyze } from '../engine/analyze';
import { dominantLanguage } from '../engine/language';
import type { RuleSet } from '../engine/rule-set';
import type { Finding, Lang, Surface } from '../engine/types';
import { nlpSignals } from '../detectors/nlp/compromise-signals';
import { guidanceCatalog } from './guidance-catalog';
import { readTextFile } from './read-text-file';
import type { ScanOptions } from './scan-jsonl';

export interface TextScanOptions extends ScanOptions {
  surface: Surface;
  color: boolean;
}

const LABELS = {
  zh: { none: '未发现问题。', found: (n: number) => `发现 ${n} 处问题`, why: '依据', fix: '建议' },
  en: { none: 'No findings.', found: (n: number) => `${n} finding${n === 1 ? '' : 's'}`, why: 'Guidance', fix: 'Fix' },
} as const;

export function scanText(paths: readonly string[], ruleSet: RuleSet, options: TextScanOptions, write: (line: string) => void): number {
  for (const path of paths.length ? paths : ['-']) {
    const text = readTextFile(path, 'input').replace(/\r?\n$/, '');
    const locale: Lang = options.locale ?? dominantLanguage(text);
    const findings = analyze(text, ruleSet, {
      surface: options.surface,
      locale,
      signals: options.nlp ? nlpSignals(text, ruleSet.nlpQueries) : [],
      explain: true,
    });
    if (paths.length > 1) write(`== ${path}`);
    write(render(text, findings, locale, options));
  }
  return 0;
}

function render(text: string, findings: readonly Finding[], locale: Lang, options: TextScanOptions): string {
  const label = LABELS[locale];
  const shown = findings;
  if (!shown.length) return label.none;
  const catalog = guidanceCatalog();
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines = [`${label.found(shown.length)} (${options.surface})`, mark(text, shown, paint), ''];
  shown.forEach((f, i) => {
    const sev = paint(f.severity === 'block' ? '31;1' : f.severity === 'warn' ? '33;1' : '36', f.severity.padEnd(5));
    lines.push(`${i + 1}. ${sev} ${f.rule}${f.entity ? ` [${f.entity}]` : ''} 「${text.slice(f.start, f.end)}」 ${f.start}-${f.end}`);
    lines.push(`   ${f.message}`);
    const cites = f.guidance.map((id) => (catalog[id] ? `${id} ${catalog[id].title[locale]}` : id));
    lines.push(`   ${label.why}: ${cites.join('; ')}`);
    const fix = f.detail?.fix;
    if (fix) lines.push(`   ${label.fix}: ${fix.kind === 'remove' ? '✂' : fix.kind === 'replace' ? `→ ${fix.text}` : `↩ ${fix.text}`}`);
  });
  return lines.join('\n');
}

/** Brackets every finding's span (outermost first where spans nest). */
function mark(text: string, findings: readonly Finding[], paint: (code: string, s: string) => string): string {
  const opens = new Map<number, number>();
  const closes = new Map<number, number>();
  for (const f of findings.filter((f) => f.severity !== 'info')) {
    opens.set(f.start, (opens.get(f.start) ?? 0) + 1);
    closes.set(f.end, (closes.get(f.end) ?? 0) + 1);
  }
  let out = '';
  for (let i = 0; i <= text.length; i++) {
    out += paint('1', '⟧'.repeat(closes.get(i) ?? 0)) + paint('1', '⟦'.repeat(opens.get(i) ?? 0));
    if (i < text.length) out += text[i];
  }
  return out;
}
