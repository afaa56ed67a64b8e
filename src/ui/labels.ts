/** Maps engine enums to UI string keys for the playground, card and dialog, so components never spell labels themselves. */
import type { Category, Severity, Surface } from '../engine/types';
import type { UiKey } from '../i18n';

export const CATEGORY_LABEL: Readonly<Record<Category, UiKey>> = {
  diagnosis: 'categoryDiagnosis',
  'patient-identity': 'categoryPatientIdentity',
  'quasi-identifier': 'categoryQuasiIdentifier',
  'self-identity': 'categorySelfIdentity',
  professionalism: 'categoryProfessionalism',
  promotion: 'categoryPromotion',
};

/** The UI imports only engine types (DESIGN.md §2), so it keeps its own ordering of severities. */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { info: 0, warn: 1, block: 2 };

export const SEVERITY_LABEL: Readonly<Record<Severity, UiKey>> = {
  block: 'severityBlock',
  warn: 'severityWarn',
  info: 'severityInfo',
};

/** The surfaces a doctor meets on social sites; notes and articles come with site adapters. */
export const PLAYGROUND_SURFACES: readonly { value: Surface; label: UiKey }[] = [
  { value: 'post', label: 'surfacePost' },
  { value: 'reply', label: 'surfaceReply' },
  { value: 'dm', label: 'surfaceDm' },
];
