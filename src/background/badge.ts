/** A "!" on the toolbar icon while any pack or the policy has problems (DESIGN.md §4 lifecycle). */
import { browser } from 'wxt/browser';
import type { EffectiveConfig } from '../storage/effective-config-schema';

export function problemCount(config: EffectiveConfig): number {
  return config.policyIssues.length + config.sources.filter((s) => s.issues.length > 0).length;
}

export async function showProblems(config: EffectiveConfig): Promise<void> {
  const count = problemCount(config);
  await browser.action?.setBadgeText({ text: count ? '!' : '' });
  if (count) await browser.action?.setBadgeBackgroundColor({ color: '#b45309' });
}
