/** Wiring only: the background owns policy, packs, settings, the effective config and the audit. */
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/start';

export default defineBackground(() => {
  startBackground();
});
