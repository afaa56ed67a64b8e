/**
 * Where tier 2 runs in the extension (DESIGN.md §3): compromise in a Worker, off the pages the
 * doctor types on. Firefox's event page starts the Worker itself; Chrome's service worker cannot,
 * so there an offscreen document (entrypoints/tier2/) starts it and relays. The draft stays in
 * memory on this machine; the reply is offsets only.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import { workerClient, type SignalSource } from './worker-client';

const WORKER_PATH = '/tier2-worker.js';
const OFFSCREEN_PATH = '/tier2.html';

export function tier2Host(): SignalSource {
  if (typeof Worker !== 'undefined') return workerClient(() => new Worker(browser.runtime.getURL(WORKER_PATH)));
  return offscreenRelay();
}

function offscreenRelay(): SignalSource {
  let creating: Promise<void> | undefined;
  const ensure = async () => {
    const open = await browser.runtime.getContexts({ contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT] });
    if (open.length > 0) return;
    creating ??= browser.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: [browser.offscreen.Reason.WORKERS],
        justification: 'Finds English names in a Worker, away from the pages the doctor types on.',
      })
      .finally(() => (creating = undefined));
    await creating;
  };
  return async (request) => {
    try {
      await ensure();
      return (await sendMessage('tier2Signals', request)).signals;
    } catch (error) {
      console.warn('ClinGuard: tier 2 unavailable, tier 1 alone', error);
      return [];
    }
  };
}
