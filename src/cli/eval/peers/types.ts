/** What every peer adapter gives the side-by-side eval: spans in UTF-16 offsets, labelled in our entity types. */
import type { EntityType, Lang } from '../../../engine/types';

export interface PeerSpan {
  start: number;
  end: number;
  entity: EntityType;
}

/** A peer's own label (or a pattern over its labels) and the contract entity type it maps to. */
export type LabelRule = readonly [label: string | RegExp, entity: EntityType];

export interface Peer {
  /** npm package name. */
  name: string;
  version: string;
  /** How the spans are obtained: the peer's own offsets, or derived from its redacted text. */
  spanSource: 'offsets' | 'redacted text';
  /** The mapping table printed in the report; labels it does not list are dropped. */
  labels: readonly LabelRule[];
  /** The languages it is built for (a Chinese segmenter); undefined: it runs on every record. */
  languages?: readonly Lang[];
  /** Spans in our entity types; null when the spans could not be derived from the peer's output. */
  detect(text: string): Promise<PeerSpan[] | null>;
  /** The library's own call alone (no label mapping, no span alignment): what `npm run bench` times. */
  run(text: string): unknown;
}
