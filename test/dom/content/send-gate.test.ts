/**
 * The send gate with the real built-in rules: it judges the text as it is at the moment of
 * sending (I6), lets clean drafts through untouched, replays a confirmed send exactly once, and
 * behaves per mode (observe / warn / enforce) and per onEngineError.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { GatePolicy } from '../../../src/content/config';
import { checkReason } from '../../../src/content/check-reason';
import { trackDraft } from '../../../src/content/draft-tracker';
import { installSendGate, RESUBMIT_CHECK_MS, type GateAnswer, type GateRequest } from '../../../src/content/send-gate';
import type { AuditAction } from '../../../src/content/audit-action';
import { analyze } from '../../../src/engine/analyze';
import { driverFor } from '../../../src/platforms/editors';
import { genericAdapter } from '../../../src/platforms/generic';
import { builtin } from '../../helpers/builtin';

const { ruleSet } = builtin();
const adapter = genericAdapter();
const RISKY = '3床王建国，身份证440106198512034522';
const WARN_ONLY = '今天我们医院收了个3岁男孩';

let life: AbortController;
let sent: string[];
let asked: GateRequest[];
let answer: GateAnswer;
let notSent: number;
let recorded: { action: AuditAction; reason?: string | undefined; rules: string[] }[];
let policy: GatePolicy;
let broken: boolean;
let input: HTMLInputElement;

beforeEach(() => {
  vi.useFakeTimers();
  life = new AbortController();
  sent = [];
  asked = [];
  answer = { choice: 'edit' };
  notSent = 0;
  recorded = [];
  policy = { mode: 'warn', requireJustification: false, onEngineError: 'confirm' };
  broken = false;
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
    analyze: (text, editor) => {
      if (broken) throw new Error('engine failure');
      return analyze(text, ruleSet, { surface: adapter.surface(editor), locale: 'en', explain: true });
    },
    policy: () => policy,
    checkReason: (reason) => checkReason(reason, ruleSet),
    isComposing: () => false,
    confirm: async (request) => {
      asked.push(request);
      return answer;
    },
    fixAll: () => {},
    notSent: () => notSent++,
    record: (action, request, reason) => recorded.push({ action, reason, rules: request.findings.map((f) => f.rule) }),
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

describe('send gate (warn, the default)', () => {
  test('blocks Enter on a finding typed after the last debounce (I6)', async () => {
    const tracker = trackDraft(input, { driver: driverFor(input), analyze: (t) => analyze(t, ruleSet, { surface: 'dm' }), onChange: () => {}, signal: life.signal });
    type('明天门诊见');
    await vi.advanceTimersByTimeAsync(400);
    expect(tracker.current().findings).toEqual([]);
    type(RISKY); // no time passes: the debounced result still says "clean"
    enter();
    expect(sent).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.text).toBe(RISKY);
    expect(asked[0]!.findings.some((f) => f.rule.endsWith('cn-resident-id'))).toBe(true);
    expect([asked[0]!.acknowledge, asked[0]!.reasonRequired]).toEqual([false, false]); // one click in warn mode
  });

  test('lets a clean draft through without asking or recording', () => {
    type('明天门诊见');
    enter();
    expect(asked).toEqual([]);
    expect(sent).toEqual(['明天门诊见']);
    expect(recorded).toEqual([]);
  });

  test('"Post anyway" replays the send once and records it; the same text is judged again next time', async () => {
    answer = { choice: 'post' };
    type(RISKY);
    enter();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([RISKY]);
    expect(recorded.map((r) => r.action)).toEqual(['posted-anyway']);
    answer = { choice: 'edit' };
    type(RISKY);
    enter();
    expect(asked).toHaveLength(2); // the bypass was one-shot
    await vi.advanceTimersByTimeAsync(RESUBMIT_CHECK_MS + 10);
    expect(sent).toEqual([RISKY]);
    expect(notSent).toBe(0);
    expect(recorded.map((r) => r.action)).toEqual(['posted-anyway', 'edited']);
  });

  test('says "not sent" when the replayed send did not take', async () => {
    answer = { choice: 'post' };
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

describe('observe mode', () => {
  test('no dialog; the post goes through and is counted as "would block"', () => {
    policy = { ...policy, mode: 'observe' };
    type(RISKY);
    enter();
    expect(asked).toEqual([]);
    expect(sent).toEqual([RISKY]);
    expect(recorded.map((r) => r.action)).toEqual(['would-block']);
    expect(recorded[0]!.rules.length).toBeGreaterThan(0);
  });
});

describe('enforce mode', () => {
  test('block findings need an acknowledgement; a reason only when the policy requires one', async () => {
    policy = { ...policy, mode: 'enforce' };
    type(RISKY);
    enter();
    expect(asked[0]).toMatchObject({ acknowledge: true, reasonRequired: false });
    await vi.advanceTimersByTimeAsync(0);
    policy = { ...policy, requireJustification: true };
    answer = { choice: 'post', reason: 'Consent on file; shared with the care team only' };
    enter();
    await vi.advanceTimersByTimeAsync(0);
    expect(asked[1]).toMatchObject({ acknowledge: true, reasonRequired: true });
    expect(sent).toEqual([RISKY]);
    expect(recorded.at(-1)).toMatchObject({ action: 'posted-anyway', reason: 'Consent on file; shared with the care team only' });
  });

  test('a reason that itself identifies a patient is refused: nothing is posted or stored', async () => {
    policy = { mode: 'enforce', requireJustification: true, onEngineError: 'confirm' };
    answer = { choice: 'post', reason: '患者身份证440106198512034522已同意' };
    type(RISKY);
    enter();
    await vi.advanceTimersByTimeAsync(RESUBMIT_CHECK_MS + 10);
    expect(sent).toEqual([]);
    expect(recorded.map((r) => r.action)).toEqual(['edited']);
    expect(recorded.some((r) => r.reason)).toBe(false);
  });

  test('warn-level findings alone stay one click in enforce mode', () => {
    policy = { ...policy, mode: 'enforce', requireJustification: true };
    const findings = analyze(WARN_ONLY, ruleSet, { surface: 'dm' }).filter((f) => f.severity !== 'info');
    if (findings.some((f) => f.severity === 'block')) throw new Error('fixture should only warn');
    type(WARN_ONLY);
    enter();
    if (findings.length) expect(asked[0]).toMatchObject({ acknowledge: false, reasonRequired: false });
    else expect(asked).toEqual([]);
  });
});

describe('engine errors', () => {
  test('onEngineError=confirm (default) asks, with no findings to show', () => {
    broken = true;
    type('明天门诊见');
    enter();
    expect(sent).toEqual([]);
    expect(asked[0]).toMatchObject({ engineError: true, findings: [] });
  });

  test('onEngineError=allow lets the post through and records it', () => {
    broken = true;
    policy = { ...policy, onEngineError: 'allow' };
    type('明天门诊见');
    enter();
    expect(asked).toEqual([]);
    expect(sent).toEqual(['明天门诊见']);
    expect(recorded.map((r) => r.action)).toEqual(['engine-error']);
  });
});

describe('checkReason', () => {
  test.each([
    ['', 'dialogReasonEmpty'],
    ['x'.repeat(201), 'dialogReasonTooLong'],
    ['3床王建国的家属同意了', 'dialogReasonIdentifies'],
    ['Patient NHS number 943 476 5919 consented', 'dialogReasonIdentifies'],
    ['Teaching case, consent form signed and filed', null],
    ['科室已审核，患者书面同意', null],
  ])('%j → %s', (reason, want) => {
    expect(checkReason(reason, ruleSet)).toBe(want);
  });
});
