/**
 * The confirm dialog per mode: warn posts in one click; enforce needs a tick per block finding and,
 * when the policy asks, a written reason that is checked before it is accepted.
 */
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { translator } from '../../../src/i18n';
import { ConfirmDialog } from '../../../src/ui/overlay/ConfirmDialog';
import type { DialogView } from '../../../src/ui/overlay/types';

const TEXT = '3床王建国 sounds like flu';
const finding = (severity: Finding['severity'], start: number, end: number): Finding => ({
  rule: `patient-identity/x-${start}`, category: 'patient-identity', severity, start, end, message: `m${start}`, guidance: [],
});
const FINDINGS = [finding('block', 0, 2), finding('block', 2, 5), finding('warn', 6, 17)];
const t = translator('en');

let root: HTMLElement;
function show(view: Partial<DialogView>) {
  const onChoice = vi.fn();
  root = document.createElement('div');
  document.body.append(root);
  render(<ConfirmDialog dialog={{ findings: FINDINGS, text: TEXT, ...view }} t={t} onChoice={onChoice} />, root);
  return onChoice;
}
const post = () => root.querySelector<HTMLButtonElement>('[data-choice="post"]')!;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const click = async (el: HTMLElement) => {
  el.click();
  await flush();
};
// happy-dom replays a click on an <input> inside a <label> through the label (browsers do not), so tick with a change event.
const tick = async (box: HTMLInputElement) => {
  box.checked = !box.checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
};
const typeReason = async (text: string) => {
  const area = root.querySelector<HTMLTextAreaElement>('[data-reason]')!;
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await flush();
};

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('confirm dialog', () => {
  test('warn: no ticks, no reason; Post anyway is one click', async () => {
    const onChoice = show({});
    await flush();
    expect(root.querySelectorAll('[data-ack]')).toHaveLength(0);
    expect(root.querySelector('[data-reason]')).toBeNull();
    await click(post());
    expect(onChoice).toHaveBeenCalledWith('post');
  });

  test('enforce: Post anyway stays disabled until every block finding is ticked', async () => {
    const onChoice = show({ acknowledge: true });
    await flush();
    const ticks = [...root.querySelectorAll<HTMLInputElement>('[data-ack]')];
    expect(ticks).toHaveLength(2); // the warn finding needs no tick
    expect(post().disabled).toBe(true);
    await tick(ticks[0]!);
    expect(post().disabled).toBe(true);
    await tick(ticks[1]!);
    expect(post().disabled).toBe(false);
    await click(post());
    expect(onChoice).toHaveBeenCalledWith('post');
  });

  test('enforce + requireJustification: a refused reason shows why and does not post; a good one posts with the reason', async () => {
    const checkReason = vi.fn((reason: string) => (reason.includes('王') ? ('dialogReasonIdentifies' as const) : null));
    const onChoice = show({ acknowledge: true, reasonRequired: true, checkReason });
    await flush();
    for (const box of root.querySelectorAll<HTMLInputElement>('[data-ack]')) await tick(box);
    expect(post().disabled).toBe(true); // no reason yet
    expect(root.querySelector<HTMLTextAreaElement>('[data-reason]')!.maxLength).toBe(200);
    await typeReason('王建国 agreed');
    await click(post());
    expect(onChoice).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(t('dialogReasonIdentifies'));
    await typeReason('  Consent form on file  ');
    await click(post());
    expect(onChoice).toHaveBeenCalledWith('post', 'Consent form on file');
  });

  test('engine error: says it could not check, with no findings list', async () => {
    show({ findings: [], engineError: true });
    await flush();
    expect(root.querySelector('h2')!.textContent).toBe(t('dialogEngineErrorTitle'));
    expect(root.querySelector('.cg-findings')).toBeNull();
    expect(post().disabled).toBe(false);
  });
});
