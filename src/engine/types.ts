/** Shared data shapes of CONTRACT.md. Changing them means changing the contract. */

export const CATEGORIES = [
  'diagnosis',
  'patient-identity',
  'quasi-identifier',
  'self-identity',
  'professionalism',
  'promotion',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const ENTITY_TYPES = [
  'person-name', 'id-number', 'phone', 'email', 'address', 'location', 'date', 'age', 'sex',
  'hospital', 'department', 'record-number', 'organization', 'url', 'handle', 'financial', 'ip',
  'occupation', 'condition', 'event',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const SEVERITIES = ['info', 'warn', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SURFACES = ['post', 'reply', 'dm', 'note', 'article'] as const;
export type Surface = (typeof SURFACES)[number];

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Why a finding fired; shown on the card and by `clinguard scan --explain`. Not part of the contract. */
export interface FindingDetail {
  detector: 'regex' | 'keywords' | 'nlp' | 'combination' | 'linear';
  validator?: string;
  context?: string[];
  /** For combinations: the kinds of detail that stacked. */
  stacked?: string[];
  fix?: FixSuggestion;
}

export type FixSuggestion =
  | { kind: 'replace'; text: string }
  | { kind: 'remove' }
  | { kind: 'reply'; text: string };

/** A finding exactly as CONTRACT.md defines it, plus the optional `detail`. */
export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  entity?: EntityType;
  message: string;
  guidance: string[];
  detail?: FindingDetail;
}

/** An entity found by tier 2 (NLP), as offsets only. */
export interface NlpSignal {
  start: number;
  end: number;
  /** The compromise match query that produced it. */
  query: string;
}

export interface AnalyzeOptions {
  surface: Surface;
  /** Language of messages; defaults to the dominant language of the text. */
  locale?: Lang;
  signals?: readonly NlpSignal[];
  /** Today, for validators that reject future dates; defaults to the current time. */
  now?: Date;
  /** Include `detail` in findings. */
  explain?: boolean;
  /** Report signal-only spans too (for verifying a signal rule's own examples). */
  keepSignals?: boolean;
  /** Which stand-alone `info` hints to report (engine/hints.ts); all of them when absent. */
  hints?: HintLevel;
}

/**
 * The user's choice of stand-alone hints: `all`; `identifiers` (names, numbers and other direct
 * identifiers, while places, ages and the like show only as parts of a stack); `none`.
 */
export const HINT_LEVELS = ['all', 'identifiers', 'none'] as const;
export type HintLevel = (typeof HINT_LEVELS)[number];

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);
export const clampSeverity = (rank: number): Severity =>
  SEVERITIES[Math.max(0, Math.min(SEVERITIES.length - 1, rank))]!;
