/** What the options page shows, as plain data (the UI layer reads no storage; the entrypoint wires it). */
import type { HintLevel } from '../../engine/types';

export type Mode = 'observe' | 'warn' | 'enforce';
export type Language = 'auto' | 'zh' | 'en';

export interface IssueView {
  path: string;
  ruleId?: string | undefined;
  message: string;
}

export interface PackView {
  origin: 'builtin' | 'policy' | 'user' | 'profile';
  id: string;
  name?: { zh?: string | undefined; en?: string | undefined } | undefined;
  enabled: boolean;
  rules: number;
  issues: IssueView[];
}

export interface AuditView {
  time: number;
  site: string;
  surface: string;
  mode: Mode;
  action: string;
  rules: string[];
  reason?: string | undefined;
}

export interface OptionsData {
  mode: Mode;
  modeLocked: boolean;
  language: Language;
  hints: HintLevel;
  ownHospitals: string[];
  ownWards: string[];
  packs: PackView[];
  policyIssues: IssueView[];
  allowUserPacks: boolean;
  audit: AuditView[];
}

export interface OptionsActions {
  setMode(mode: Mode): Promise<unknown>;
  setLanguage(language: Language): Promise<unknown>;
  setHints(hints: HintLevel): Promise<unknown>;
  setProfile(profile: { ownHospitals: string[]; ownWards: string[] }): Promise<unknown>;
  importPack(text: string): Promise<{ ok: boolean; issues: IssueView[] }>;
  removePack(key: string): Promise<unknown>;
  setPackEnabled(key: string, enabled: boolean): Promise<unknown>;
  exportAudit(): void;
  clearAudit(): Promise<unknown>;
}

export const formatIssueView = (issue: IssueView): string =>
  `${issue.path || '(pack)'}${issue.ruleId ? ` (${issue.ruleId})` : ''}: ${issue.message}`;
