/**
 * Every message between ClinGuard's contexts, each with a zod/mini schema for its request and its
 * response (DESIGN.md §7). `handle()` parses before a handler runs and only answers our own
 * extension (sender.id). Only the tier-2 pair carries draft text, to the background and its Worker
 * on this machine, in memory, answered with offsets; recordAction is metadata only.
 * Hand-rolled on runtime.sendMessage (sendResponse + `return true`, which both Chrome and
 * Firefox honour) rather than a library: the map below is the whole protocol.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { MAX_INPUT_CHARS } from '../engine/analyze';
import { auditEntrySchema } from '../storage/audit-schema';
import { packIssueSchema } from '../storage/stored-packs';
import { hintLevelSchema, modeSchema } from '../storage/settings-schema';

const ok = z.object({ ok: z.boolean(), error: z.optional(z.string()) });
const tier2Request = z.object({ text: z.string().check(z.maxLength(MAX_INPUT_CHARS)), queries: z.array(z.string()).check(z.maxLength(64)) });
const tier2Response = z.object({ signals: z.array(z.object({ start: z.number(), end: z.number(), query: z.string() })) });

export const protocol = {
  /** Content → background: what the user did at the send gate (the background stamps the time). */
  recordAction: { request: z.omit(auditEntrySchema, { time: true }), response: ok },
  /** Any context → background: make sure local:effectiveConfig exists (first run, after a wipe). */
  ensureConfig: { request: z.object({}), response: ok },
  /** Options → background. */
  setMode: { request: z.object({ mode: modeSchema }), response: ok },
  setProfile: { request: z.object({ ownHospitals: z.array(z.string()), ownWards: z.array(z.string()) }), response: ok },
  setLanguage: { request: z.object({ language: z.enum(['auto', 'zh', 'en']) }), response: ok },
  setHints: { request: z.object({ hints: hintLevelSchema }), response: ok },
  importPack: { request: z.object({ text: z.string().check(z.maxLength(5_000_000)) }), response: z.object({ ok: z.boolean(), issues: z.array(packIssueSchema) }) },
  removePack: { request: z.object({ key: z.string() }), response: ok },
  setPackEnabled: { request: z.object({ key: z.string(), enabled: z.boolean() }), response: ok },
  clearAudit: { request: z.object({}), response: ok },
  /** Content → background, then background → Chrome's offscreen tier-2 host: compromise's spans for a draft. */
  nlpSignals: { request: tier2Request, response: tier2Response },
  tier2Signals: { request: tier2Request, response: tier2Response },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.infer<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Protocol[N]['response']>;

interface Envelope {
  clinguard: MessageName;
  data: unknown;
}

export async function sendMessage<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const envelope: Envelope = { clinguard: name, data };
  const reply: unknown = await browser.runtime.sendMessage(envelope);
  return protocol[name].response.parse(reply) as ResponseOf<N>;
}

export type Handlers = { [N in MessageName]?: (data: RequestOf<N>) => Promise<ResponseOf<N>> | ResponseOf<N> };

/** Registers the background's handlers; returns the listener (for tests and removal). */
export function handle(handlers: Handlers) {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): boolean | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const name = (message as Partial<Envelope> | null)?.clinguard;
    if (typeof name !== 'string' || !Object.hasOwn(protocol, name)) return undefined;
    const handler = handlers[name as MessageName] as ((data: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    const request = protocol[name as MessageName].request.safeParse((message as Envelope).data);
    if (!request.success) {
      sendResponse({ ok: false, error: `bad ${name} request: ${request.error.issues[0]?.message ?? 'invalid'}`, issues: [] });
      return true;
    }
    Promise.resolve()
      .then(() => handler(request.data))
      .then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String((error as Error)?.message ?? error), issues: [] }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return listener;
}
