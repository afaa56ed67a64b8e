/** Wiring only: the current mode and counts from storage; buttons open the playground or the settings. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { preferredLang } from '../../src/i18n';
import { problemCount } from '../../src/storage/effective-config-schema';
import { readAudit, readEffectiveConfig } from '../../src/storage/items';
import { Popup, type PopupStatus } from '../../src/ui/popup/Popup';
import { countActions } from '../../src/ui/popup/popup-status';
import './style.css';

// tabs.create needs no "tabs" permission; only reading other tabs' URLs would.
const openPlayground = () => {
  void browser.tabs.create({ url: browser.runtime.getURL('/playground.html') }).then(() => window.close());
};
const openOptions = () => {
  void browser.runtime.openOptionsPage().then(() => window.close());
};

async function status(): Promise<{ status: PopupStatus | null; language?: string }> {
  const config = await readEffectiveConfig();
  if (!config) return { status: null };
  const now = Date.now();
  const counts = countActions(await readAudit(now, config.auditRetentionDays), now);
  return { status: { mode: config.mode, counts, problems: problemCount(config) }, language: config.language };
}

void status().then(({ status: s, language }) => {
  const lang = language === 'zh' || language === 'en' ? language : preferredLang(navigator.languages);
  render(<Popup lang={lang} status={s} onOpenPlayground={openPlayground} onOpenOptions={openOptions} />, document.getElementById('app')!);
});
