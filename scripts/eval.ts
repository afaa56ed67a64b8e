/**
 * `npm run eval`: scores the built-in pack on the dev and test splits through the contract and
 * writes docs/quality.md (tables per split and language, everyday false positives, entity spans,
 * the npm PII peers side by side on the span sets, and the worst errors on dev only — test errors
 * are not shown, so nobody tunes on them). `--no-peers` skips the peers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinPack } from '../src/cli/load-rule-set';
import { readCorpus } from '../src/cli/eval/corpus';
import { supportedEntities } from '../src/cli/eval/peers/label-map';
import { loadPeers } from '../src/cli/eval/peers/index';
import { jiebaWasmShippingBytes } from '../src/cli/eval/peers/jieba-wasm';
import { splitSection } from '../src/cli/eval/quality-markdown';
import { runCorpus } from '../src/cli/eval/run-corpus';
import { runSideBySide, spanRecords } from '../src/cli/eval/side-by-side';
import { peerMappingTable, sideBySideSection } from '../src/cli/eval/side-by-side-markdown';
import { compileRuleSet } from '../src/packs/compile-rule-set';

const started = performance.now();
const withPeers = !process.argv.includes('--no-peers');
const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
const pack = builtinPack();
const ruleSet = compileRuleSet([pack]);
// Learned rules (detector `linear`) are trained on all of dev/: their dev figures are not out of fold.
const learned = pack.rules.filter((r) => r.detector.kind === 'linear').map((r) => r.id);
const peers = withPeers ? await loadPeers() : [];
const date = new Date().toISOString().slice(0, 10);
const sections: string[] = [];
for (const split of ['test', 'dev'] as const) {
  const records = readCorpus(join(shared, 'corpus', split));
  const results = runCorpus(records, ruleSet);
  const section = splitSection(split, results, split === 'dev');
  if (withPeers) {
    const spans = spanRecords(records);
    const runs = await runSideBySide(spans, ruleSet, peers.map((peer) => ({ peer, supported: supportedEntities(peer.labels) })));
    // The comparison goes right after our own entity table, before the error lists.
    const at = section.findIndex((l) => l.startsWith('<details>'));
    section.splice(at === -1 ? section.length : at, 0, ...sideBySideSection(split, runs));
  }
  sections.push(...section);
}
const peerIntro = withPeers
  ? [
      '## Peers',
      '',
      'The npm PII libraries a user would otherwise pick run on the same span records in the same run (devDependencies,',
      'loaded by `npm run eval` only, offline, default settings). Their labels map to our entity types as below; a peer is',
      'scored only on the types it maps to. Spans are UTF-16 offsets: a peer that only returns redacted text has its spans',
      'derived by aligning the redacted text with the original (src/cli/eval/peers/redacted-spans.ts).',
      '',
      ...peerMappingTable(peers),
      '',
      ...segmenterNote(),
      '',
    ]
  : [];
/** Why the zh name detector is rules and not a segmenter: jieba's scores sit in the tables; its cost is here. */
function segmenterNote(): string[] {
  const { raw, gzip } = jiebaWasmShippingBytes();
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return [
    '`jieba-wasm` is not a PII library: it is the candidate Chinese name detector (its `nr` tags), scored here',
    'beside our surname-and-context rules on the zh span sets. Shipping it would add its WebAssembly',
    `segmenter to the extension: ${mb(raw)} MB (${mb(gzip)} MB gzipped) against a content-script budget of 60 kB gzipped`,
    '(test/build/bundle-budget.test.ts). The zh person-name rows below are the comparison the choice rests on.',
  ];
}

const doc = [
  '# Detection quality',
  '',
  `Measured on ${date} by \`npm run eval\` with the built-in pack (${ruleSet.rules.length} rules, tier 1 + compromise), scored as`,
  '[CONTRACT.md](../../shared/CONTRACT.md) says: a record is flagged for a category when a finding of that category is `warn` or `block`;',
  'entity spans count over records whose `spans_complete` lists the type. Rules are tuned on `dev/`; `test/` is reported only.',
  'The extension runs the same two tiers (compromise in a Worker off the page). Spans count every finding, hints included',
  '(hint level `all`); the extension\'s default level shows a place or an organisation on its own only as part of a stack.',
  ...(learned.length
    ? [`The learned rules (${learned.map((id) => `\`${id}\``).join(', ')}) are trained on all of \`dev/\`, so dev figures for their category and language are not out of fold (\`npm run train\` prints the out-of-fold gain).`]
    : []),
  '',
  ...peerIntro,
  ...sections,
].join('\n');
mkdirSync('docs', { recursive: true });
writeFileSync('docs/quality.md', `${doc}\n`);
console.log(sections.filter((l) => l.startsWith('|') || l.startsWith('#') || l.startsWith('Everyday') || l.startsWith('- **')).slice(0, 120).join('\n'));
console.log(`eval took ${((performance.now() - started) / 1000).toFixed(1)} s`);
