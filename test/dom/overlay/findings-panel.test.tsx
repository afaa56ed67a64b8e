/**
 * The findings panel works from the keyboard alone: focus starts on the first finding, arrows
 * move it, Enter or Space picks, Tab stays inside, Esc asks to return to the editor. Rendered in
 * a shadow root, as in the page.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi, type Mock } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { translator } from '../../../src/i18n';
import { FindingsPanel } from '../../../src/ui/overlay/FindingsPanel';
import type { PanelView } from '../../../src/ui/overlay/types';

const finding = (rule: string, severity: Finding['severity'], start: number, end: number, guidance: string[] = []): Finding => ({
  rule, category: 'patient-identity', severity, start, end, message: `${rule} message`, guidance,
});
const FINDINGS = [finding('bed-name', 'block', 0, 5, ['g-privacy']), finding('id-number', 'block', 9, 27), finding('hospital', 'warn', 30, 34)];
const panel: PanelView = {
  editorId: 7,
  items: FINDINGS.map((f, i) => ({ finding: f, excerpt: ['3床王建国', '440106198512034522', '某某医院'][i]! })),
  anchor: { left: 100, top: 100, width: 22, height: 22 },
  caret: null,
};

let shadow: ShadowRoot;
let container: HTMLElement;
let onPick: Mock<(editorId: number, finding: Finding) => void>;
let onClose: Mock<(refocusEditor: boolean) => void>;

const active = () => shadow.activeElement as HTMLElement | null;
const press = async (key: string, init: KeyboardEventInit = {}) => {
  await act(() => {
    active()!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
  });
};

beforeEach(async () => {
  const host = document.createElement('div');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'open' });
  container = document.createElement('div');
  shadow.append(container);
  onPick = vi.fn();
  onClose = vi.fn();
  await act(() => {
    render(
      <FindingsPanel panel={panel} t={translator('zh')} lang="zh" guidance={{ 'g-privacy': { zh: '患者隐私', en: 'Patient privacy' } }} onPick={onPick} onClose={onClose} />,
      container,
    );
  });
});

afterEach(() => {
  render(null, container);
  document.body.replaceChildren();
});

describe('findings panel', () => {
  test('is a labelled dialog holding a listbox with one option per finding, in Chinese', () => {
    const dialog = shadow.querySelector('[role="dialog"]')!;
    expect(shadow.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('ClinGuard 提示（3 条）');
    const list = shadow.querySelector('[role="listbox"]')!;
    expect(list.getAttribute('aria-label')).toBe('这条草稿中的提示');
    const options = [...list.querySelectorAll('[role="option"]')];
    expect(options).toHaveLength(3);
    expect(options[0]!.textContent).toContain('阻止');
    expect(options[0]!.textContent).toContain('3床王建国');
    expect(options[0]!.textContent).toContain('依据：患者隐私');
    expect(options[2]!.getAttribute('data-severity')).toBe('warn');
  });

  test('focus starts on the first finding; only the active one is in the tab order', () => {
    expect(active()?.id).toBe('cg-option-0');
    const tabbable = [...shadow.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('tabindex'));
    expect(tabbable).toEqual(['0', '-1', '-1']);
  });

  test('ArrowDown, End, ArrowUp and Home move focus and aria-selected', async () => {
    await press('ArrowDown');
    expect(active()?.id).toBe('cg-option-1');
    expect(active()?.getAttribute('aria-selected')).toBe('true');
    await press('End');
    expect(active()?.id).toBe('cg-option-2');
    await press('ArrowDown');
    expect(active()?.id).toBe('cg-option-2');
    await press('ArrowUp');
    expect(active()?.id).toBe('cg-option-1');
    await press('Home');
    expect(active()?.id).toBe('cg-option-0');
  });

  test('Enter picks the focused finding; Space too', async () => {
    await press('ArrowDown');
    await press('Enter');
    expect(onPick).toHaveBeenCalledWith(7, FINDINGS[1]);
    await press('ArrowDown');
    await press(' ');
    expect(onPick).toHaveBeenLastCalledWith(7, FINDINGS[2]);
  });

  test('Tab and Shift+Tab cycle between the list and the close button, never leaving', async () => {
    await press('Tab');
    expect(active()?.classList.contains('cg-close')).toBe(true);
    await press('Tab');
    expect(active()?.id).toBe('cg-option-0');
    await press('Tab', { shiftKey: true });
    expect(active()?.classList.contains('cg-close')).toBe(true);
  });

  test('Esc asks to close and return to the editor; keys do not reach the page', async () => {
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    await press('Escape');
    expect(onClose).toHaveBeenCalledWith(true);
    await press('ArrowDown');
    expect(pageSaw).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageSaw);
  });
});
