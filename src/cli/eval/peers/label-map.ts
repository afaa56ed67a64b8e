/** Peer labels → contract entity types, through a peer's mapping table. */
import type { EntityType } from '../../../engine/types';
import type { LabelRule, PeerSpan } from './types';

export function mapLabel(rules: readonly LabelRule[], label: string): EntityType | undefined {
  return rules.find(([pattern]) => (typeof pattern === 'string' ? pattern === label : pattern.test(label)))?.[1];
}

/** Keeps the spans whose label the table maps, now carrying our entity type. */
export function mapSpans(rules: readonly LabelRule[], spans: readonly { start: number; end: number; label: string }[]): PeerSpan[] {
  return spans.flatMap(({ start, end, label }) => {
    const entity = mapLabel(rules, label);
    return entity && end > start ? [{ start, end, entity }] : [];
  });
}

/** The entity types a peer can be scored on: those its table maps to. */
export const supportedEntities = (rules: readonly LabelRule[]): Set<EntityType> => new Set(rules.map(([, entity]) => entity));
