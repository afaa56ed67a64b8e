/**
 * Installs WXT's in-memory browser as the extension API before any module reads it: import this
 * FIRST in a test file (wxt/browser picks `globalThis.browser` when its module is evaluated).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { browser?: unknown }).browser = fakeBrowser;
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

export { fakeBrowser };

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => unknown;

/** Delivers a message to the onMessage listeners as coming from `sender`; resolves with the reply (undefined when none answers). */
export async function deliver(message: unknown, sender: { id?: string }): Promise<unknown> {
  const listeners = (fakeBrowser.runtime.onMessage as unknown as { trigger: (...args: unknown[]) => Promise<unknown[]> }).trigger;
  let respond!: (reply: unknown) => void;
  const reply = new Promise((resolve) => (respond = resolve));
  const results = await listeners(message, sender, respond as Parameters<Listener>[2]);
  return results.some((r) => r === true) ? reply : undefined;
}

/** The fake browser's sendMessage passes an empty sender; ours checks sender.id, as real browsers fill it. */
export function sendFromOwnExtension(): void {
  fakeBrowser.runtime.sendMessage = ((message: unknown) => deliver(message, { id: fakeBrowser.runtime.id })) as typeof fakeBrowser.runtime.sendMessage;
}
