/**
 * Chrome's offscreen document (reason WORKERS): the service worker cannot start a Worker, so this
 * page starts the tier-2 Worker and relays the background's requests to it.
 */
import { browser } from 'wxt/browser';
import { workerClient } from '../../src/background/worker-client';
import { handle } from '../../src/messaging/protocol';

const signals = workerClient(() => new Worker(browser.runtime.getURL('/tier2-worker.js')));
handle({ tier2Signals: async (request) => ({ signals: await signals(request) }) });
