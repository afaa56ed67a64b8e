/**
 * The background's life: answer messages, and recompute the effective config on install, update,
 * browser start and policy change (storage.managed has no onChanged in Firefox: start-up covers it).
 */
import { browser } from 'wxt/browser';
import { showProblems } from './badge';
import { builtinGuidance, builtinPack } from './builtin';
import { createConfigService } from './config-service';
import { registerHandlers } from './handlers';

export function startBackground(): void {
  const now = () => Date.now();
  const service = createConfigService({ builtin: builtinPack, guidance: builtinGuidance, now });
  registerHandlers(service, now);
  const refresh = () => {
    service.refresh().then(showProblems, (error: unknown) => console.error('ClinGuard: could not build the configuration', error));
  };
  browser.runtime.onInstalled.addListener(refresh);
  browser.runtime.onStartup.addListener(refresh);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') refresh();
  });
}
