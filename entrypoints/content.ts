/** Wiring only: start the guard in every supported site's top frame, as early as possible. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../src/content/start-guard';
import { SUPPORTED_MATCHES } from '../src/platforms/hosts';

export default defineContentScript({
  matches: [...SUPPORTED_MATCHES],
  // document_start: the send gate's capture listeners must be in place before the page's own.
  runAt: 'document_start',
  allFrames: false,
  main(ctx) {
    startGuard(document, ctx.signal);
  },
});
