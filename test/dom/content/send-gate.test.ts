/**
 * The send gate with the real built-in rules: it judges the text as it is at the moment of
 * sending (I6), lets clean drafts through untouched, and replays a confirmed send exactly once.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultConfig } from '../../../src/content/config';
import { trackDraft } from '../../../src/content/draft-tracker';
import { installSendGate, RESUBMIT_CHECK_MS, type GateChoice, type GateRequest } from '../../../src/content/send-gate';
import { analyze } from '../../../src/engine/analyze';
import { driverFor } from '../../../src/platforms/editors';
import { genericAdapter } from '../../../src/platforms/generic';

const config = defaultConfig(['en']);
const adapter = genericAdapter();
const RISKY = '3床王建国，身份证440106198512034522';

let life: AbortController;
let sent: string[];
let asked: GateRequest[];
let answer: GateChoice;
let notSent: number;
let input: HTMLInputElement;

beforeEach(() => {
  vi.useFakeTimers();
  life = new AbortController();
  sent = [];
  asked = [];
  answer = 'edit';
  notSent = 0;
  document.body.innerHTML = '<input id="box" aria-label="私信">';
  input = document.getElementById('box') as HTMLInputElement;
  // The page's own send handler, registered after ours, as on a real site. It clears the box.
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      sent.push(input.value);
      input.value = '';
    }
  });
  installSendGate(window, {
    adapter,
    driverFor,
    analyze: (text, editor) => analyze(text, config.ruleSet(), { surface: adapter.surface(editor), locale: 'en', explain: true }),
    threshold: 'warn',
    isComposing: () => false,
    confirm: async (request) => {
      asked.push(request);
      return answer;
    },
    fixAll: () => {},
    notSent: () => notSent++,
    signal: life.signal,
  });
});

afterEach(() => {
  life.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
});

const type = (text: string) => {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
};
const enter = () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));

describe('send gate', () => {
  test('blocks Enter on a finding typed after the last debounce (I6)', async () => {
    const tracker = trackDraft(input, { driver: driverFor(input), analyze: (t) => analyze(t, config.ruleSet(), { surface: 'dm' }), onChange: () => {}, signal: life.signal });
    type('明天门诊见');
    await vi.advanceTimersByTimeAsync(400);
    expect(tracker.current().findings).toEqual([]);
    type(RISKY); // no time passes: the debounced result still says "clean"
    enter();
    expect(sent).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.text).toBe(RISKY);
    expect(asked[0]!.findings.some((f) => f.rule.endsWith('cn-resident-id'))).toBe(true);
  });

  test('lets a clean draft through without asking', () => {
    type('明天门诊见');
    enter();
    expect(asked).toEqual([]);
    expect(sent).toEqual(['明天门诊见']);
  });

  test('"Post anyway" replays the send once; the same text is judged again next time', async () => {
    answer = 'post';
    type(RISKY);
    enter();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([RISKY]);
    answer = 'edit';
    type(RISKY);
    enter();
    expect(asked).toHaveLength(2); // the bypass was one-shot
    await vi.advanceTimersByTimeAsync(RESUBMIT_CHECK_MS + 10);
    expect(sent).toEqual([RISKY]);
    expect(notSent).toBe(0);
  });

  test('says "not sent" when the replayed send did not take', async () => {
    answer = 'post';
    input.replaceWith(input.cloneNode()); // a page handler that ignores synthetic keys: nothing clears the box
    input = document.getElementById('box') as HTMLInputElement;
    type(RISKY);
    enter();
    await vi.advanceTimersByTimeAsync(RESUBMIT_CHECK_MS + 10);
    expect(notSent).toBe(1);
  });

  test('after the context is gone, nothing is intercepted (I11)', () => {
    life.abort();
    type(RISKY);
    enter();
    expect(asked).toEqual([]);
    expect(sent).toEqual([RISKY]);
  });
});
