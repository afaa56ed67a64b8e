/**
 * `npm run bench` (DESIGN.md §10): one run, everything measured side by side, every figure a
 * ratio (machines are noisy; the raw numbers behind each ratio are printed beside it for reading).
 *   tier 1 / floor          what the engine adds to one combined regex of its own patterns (≤ 3)
 *   detector shares         which rules the detector time goes to, by name, per language
 *   tier 1 / peer           the npm PII libraries on the same texts (pinned, so comparable across runs)
 *   tier 2 / tier 1         compromise in the Worker, warm, on the English sets
 *   gzip size / budget      content script, background, tier-2 Worker, both browsers (≤ 1)
 *   browser                 keydown → next frame and page heap with / without the extension (≤ 1.10),
 *                           last keystroke → highlight / debounce (≤ 1.5), in Debian Chromium
 * `--rounds N` (default 3) sets the rounds each median is taken over; `--skip browser,peers,…`
 * leaves sections out.
 */
import { loadBuiltinPack } from '../src/cli/builtin-packs';
import { compileRuleSet } from '../src/packs/compile-rule-set';
import { browserRows } from './bench/browser';
import { bundleRows } from './bench/bundles';
import { peerRows } from './bench/peers';
import { ruleCostRows } from './bench/rule-costs';
import { printTable } from './bench/table';
import { benchSets } from './bench/texts';
import { tier1Rows, tier2Rows } from './bench/tier1';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rounds = Number(option('--rounds') ?? 3);
const skip = new Set((option('--skip') ?? '').split(',').filter(Boolean));
const started = performance.now();

const pack = loadBuiltinPack().pack!;
const ruleSet = compileRuleSet([pack]);
const sets = benchSets();
console.log(`ClinGuard bench: ${pack.rules.length} rules; ${sets.map((s) => `${s.name} ${s.texts.length} texts / ${s.chars} chars`).join('; ')}; median of ${rounds} rounds`);

if (!skip.has('bundles')) printTable('Bundles', bundleRows());
const tier1 = tier1Rows(sets, pack, ruleSet, rounds);
printTable('Tier 1 against its floor', tier1.rows);
if (!skip.has('rules')) printTable('Where the detector time goes (top 8 per language)', ruleCostRows(sets, ruleSet, rounds, 8));
if (!skip.has('peers')) printTable('Tier 1 against the peers (ours / theirs: below 1 is faster)', await peerRows(sets, tier1.post, rounds));
if (!skip.has('tier2')) printTable('Tier 2', tier2Rows(sets, ruleSet, tier1.post, rounds));
if (!skip.has('browser')) printTable('In the browser (Chromium)', await browserRows());
console.log(`\nbench: ${((performance.now() - started) / 1000).toFixed(0)} s`);
