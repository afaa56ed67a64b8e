/** UI keys for severities and categories, shared by the card and the dialog. */
import type { Category, Severity } from '../../engine/types';
import type { UiKey } from '../../i18n';

export const SEVERITY_KEY: Readonly<Record<Severity, UiKey>> = { block: 'severityBlock', warn: 'severityWarn', info: 'severityInfo' };

export const CATEGORY_KEY: Readonly<Record<Category, UiKey>> = {
  diagnosis: 'categoryDiagnosis',
  'patient-identity': 'categoryPatientIdentity',
  'quasi-identifier': 'categoryQuasiIdentifier',
  'self-identity': 'categorySelfIdentity',
  professionalism: 'categoryProfessionalism',
  promotion: 'categoryPromotion',
};
