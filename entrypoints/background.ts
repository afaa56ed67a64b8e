import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring only: configuration and the tier-2 host arrive with the browser issue.
});
