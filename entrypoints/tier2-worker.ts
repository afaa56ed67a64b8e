/** The tier-2 Worker: compromise over a draft's English runs; the reply is offsets only. */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { nlpSignals } from '../src/detectors/nlp/compromise-signals';
import type { Tier2Reply, Tier2Request } from '../src/background/worker-client';

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { addEventListener: typeof addEventListener; postMessage(reply: Tier2Reply): void };
  scope.addEventListener('message', (event) => {
    const { id, text, queries } = (event as MessageEvent<Tier2Request & { id: number }>).data;
    let signals: Tier2Reply['signals'] = [];
    try {
      signals = nlpSignals(text, queries);
    } catch (error) {
      console.error('ClinGuard tier 2:', error);
    }
    scope.postMessage({ id, signals });
  });
});
