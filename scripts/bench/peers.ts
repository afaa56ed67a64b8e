/**
 * Tier 1 against the npm PII libraries a user would otherwise pick (DESIGN.md §10), on the same
 * texts in the same run: each peer's own call alone (`Peer.run`), on the sets in the languages it
 * is built for. The peers are pinned devDependencies, so unlike the floor these ratios compare
 * across runs: a pack that got slower shows as a higher ours / peer.
 */
import { loadPeers } from '../../src/cli/eval/peers';
import type { Peer } from '../../src/cli/eval/peers/types';
import { median, type BenchRow } from './table';
import { versusPer1k, type TextSet } from './texts';

async function peerMs(peer: Peer, texts: readonly string[], rounds: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    for (const text of texts) await peer.run(text);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function peerRows(sets: readonly TextSet[], tier1Post: ReadonlyMap<string, number>, rounds: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const peer of await loadPeers()) {
    for (const set of sets.filter((s) => !peer.languages || peer.languages.includes(s.lang))) {
      await peer.run(set.texts[0]!); // warm: a peer's first call loads its lists or its WebAssembly
      const ms = await peerMs(peer, set.texts, rounds);
      const ours = tier1Post.get(set.name)!;
      rows.push({
        measure: `tier 1 / ${peer.name} ${peer.version}`,
        on: set.name,
        ratio: ours / ms,
        detail: versusPer1k(ours, ms, set),
      });
    }
  }
  return rows;
}
