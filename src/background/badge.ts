/** A "!" on the toolbar icon while any pack or the policy has problems (DESIGN.md §4 lifecycle). */
import { browser } from 'wxt/browser';
import { problemCount, type EffectiveConfig } from '../storage/effective-config-schema';

export async function showProblems(config: EffectiveConfig): Promise<void> {
  const count = problemCount(config);
  await browser.action?.setBadgeText({ text: count ? '!' : '' });
  if (count) await browser.action?.setBadgeBackgroundColor({ color: '#b45309' });
}
