/** docs/quality.md: our entity-span scores beside the peers', who wins per type, and speed. */
import type { EntityType, Lang } from '../../engine/types';
import type { LabelRule } from './peers/types';
import { recordFile } from './corpus';
import { scoreSpans, type EntityScore } from './score';
import { OURS, type SystemRun } from './side-by-side';

const f = (x: number): string => x.toFixed(3);

export interface PeerInfo {
  name: string;
  version: string;
  spanSource: string;
  labels: readonly LabelRule[];
}

const describeLabel = ([pattern]: LabelRule): string => (typeof pattern === 'string' ? pattern : `/${pattern.source}/`);

/** Each peer's label → entity table, once per document. */
export function peerMappingTable(peers: readonly PeerInfo[]): string[] {
  return [
    '| peer | version | spans from | labels → entity type (others dropped) |',
    '|---|---|---|---|',
    ...peers.map((p) => {
      const byEntity = new Map<EntityType, string[]>();
      for (const rule of p.labels) byEntity.set(rule[1], [...(byEntity.get(rule[1]) ?? []), describeLabel(rule)]);
      const cells = [...byEntity].map(([entity, labels]) => `${labels.map((l) => `\`${l.replace(/\|/g, '\\|')}\``).join(', ')} → ${entity}`);
      return `| ${p.name} | ${p.version} | ${p.spanSource} | ${cells.join('; ')} |`;
    }),
  ];
}

interface Row {
  system: string;
  score: EntityScore;
}

/** Per entity type, the systems scored on it (ours first), over one language's span records. */
export function sideBySideScores(runs: readonly SystemRun[], lang: Lang): Map<string, Row[]> {
  const table = new Map<string, Row[]>();
  for (const run of runs.filter((r) => !r.languages || r.languages.includes(lang))) {
    const scores = scoreSpans(run.results.filter((r) => r.record.lang === lang), run.supported);
    for (const [entity, score] of Object.entries(scores)) table.set(entity, [...(table.get(entity) ?? []), { system: run.name, score }]);
  }
  return new Map([...table].sort(([a], [b]) => a.localeCompare(b)));
}

/** "who wins where": systems by F1, best first; ties share a place. */
export function winnerLine(entity: string, rows: readonly Row[]): string {
  const ranked = [...rows].sort((a, b) => b.score.f1 - a.score.f1 || (a.system === OURS ? -1 : b.system === OURS ? 1 : 0));
  const best = ranked[0]!.score.f1;
  const leaders = ranked.filter((r) => r.score.f1 === best).map((r) => r.system);
  const ours = rows.find((r) => r.system === OURS)!.score.f1;
  const verdict =
    rows.length === 1 ? 'no peer supports it' : best === 0 ? 'no system finds any' : leaders.length > 1 && leaders.includes(OURS) ? 'tie at the top' : leaders[0] === OURS ? 'ClinGuard ahead' : `${leaders.join(', ')} ahead of ClinGuard (${f(best)} vs ${f(ours)})`;
  return `- **${entity}**: ${verdict} — ${ranked.map((r) => `${r.system} ${f(r.score.f1)}`).join(' · ')}`;
}

export function sideBySideTable(runs: readonly SystemRun[], lang: Lang): string[] {
  const scores = sideBySideScores(runs, lang);
  const files = [...new Set(runs[0]!.results.filter((r) => r.record.lang === lang).map((r) => recordFile(r.record)))].join(', ');
  const lines = [
    `#### ${lang} span sets (${files})`,
    '',
    '| entity | system | gold | found | recall | predicted | correct | precision | F1 |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [entity, rows] of scores) {
    for (const { system, score: s } of rows) {
      const name = system === OURS ? `**${OURS}**` : system;
      lines.push(`| ${entity} | ${name} | ${s.gold} | ${s.found} | ${f(s.recall)} | ${s.predicted} | ${s.correct} | ${f(s.precision)} | ${f(s.f1)} |`);
    }
  }
  lines.push('', 'Who wins where (span F1):', '', ...[...scores].map(([entity, rows]) => winnerLine(entity, rows)), '');
  return lines;
}

/** Milliseconds per 1,000 characters, each system timed over the same records in the same run. */
export function timingTable(runs: readonly SystemRun[]): string[] {
  const per1k = (run: SystemRun): number => (run.chars ? (run.ms * 1000) / run.chars : 0);
  const ours = per1k(runs.find((r) => r.name === OURS)!);
  return [
    '| system | ms per 1,000 chars | × ClinGuard | records whose spans could not be derived |',
    '|---|---:|---:|---:|',
    ...runs.map((run) => `| ${run.name}${run.languages ? ` (${run.languages.join(', ')} only)` : ''} | ${per1k(run).toFixed(2)} | ${ours ? (per1k(run) / ours).toFixed(2) : '—'} | ${run.failed} |`),
  ];
}

export function sideBySideSection(split: string, runs: readonly SystemRun[]): string[] {
  const records = runs[0]!.results;
  const langs = (['en', 'zh'] as const).filter((lang) => records.some((r) => r.record.lang === lang));
  return [
    `### Side by side with peers (${split}, ${records.length} span records)`,
    '',
    'Each peer is scored only on the entity types its mapping table names; ClinGuard on every type.',
    '',
    ...langs.flatMap((lang) => sideBySideTable(runs, lang)),
    `#### Speed (${split}, ${runs[0]!.chars.toLocaleString('en')} characters, one run)`,
    '',
    ...timingTable(runs),
    '',
  ];
}
