/** The options page from props: a locked mode is disabled with a note; a refused import lists its paths. */
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { translator } from '../../../src/i18n';
import { Options } from '../../../src/ui/options/Options';
import type { OptionsActions, OptionsData } from '../../../src/ui/options/types';

const t = translator('en');
const DATA: OptionsData = {
  mode: 'enforce',
  modeLocked: true,
  language: 'auto',
  hints: 'identifiers',
  ownHospitals: ['市一院'],
  ownWards: [],
  packs: [
    { origin: 'builtin', id: 'core', name: { en: 'Built-in' }, enabled: true, rules: 117, issues: [] },
    { origin: 'policy', id: 'policy-pack-1', enabled: false, rules: 0, issues: [{ path: 'packs[0].version', message: 'expected string' }] },
  ],
  policyIssues: [{ path: 'modee', message: 'unknown policy key' }],
  allowUserPacks: true,
  audit: [{ time: 0, site: 'weibo.com', surface: 'dm', mode: 'enforce', action: 'posted-anyway', rules: ['patient-identity/cn-resident-id'], reason: 'consent on file' }],
};
const actions = (over: Partial<OptionsActions> = {}): OptionsActions => ({
  setMode: vi.fn(async () => ({})),
  setLanguage: vi.fn(async () => ({})),
  setHints: vi.fn(async () => ({})),
  setProfile: vi.fn(async () => ({})),
  importPack: vi.fn(async () => ({ ok: true, issues: [] })),
  removePack: vi.fn(async () => ({})),
  setPackEnabled: vi.fn(async () => ({})),
  exportAudit: vi.fn(),
  clearAudit: vi.fn(async () => ({})),
  ...over,
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
const mount = (a: OptionsActions, data = DATA) => {
  root = document.createElement('div');
  document.body.append(root);
  render(<Options data={data} actions={a} lang="en" />, root);
};

describe('options page', () => {
  test('a mode locked by policy is disabled, with a note', () => {
    mount(actions());
    expect(root.querySelector<HTMLFieldSetElement>('[data-section="mode"]')!.disabled).toBe(true);
    expect(root.querySelector('[data-note="mode-locked"]')!.textContent).toBe(t('modeLockedNote'));
  });

  test('the hint level shows the setting and changes it on a click, even when the mode is locked', () => {
    const a = actions();
    mount(a);
    const hints = root.querySelector<HTMLFieldSetElement>('[data-section="hints"]')!;
    expect(hints.disabled).toBe(false);
    expect(hints.querySelector<HTMLInputElement>('input:checked')!.value).toBe('identifiers');
    hints.querySelector<HTMLInputElement>('input[value="none"]')!.click();
    expect(a.setHints).toHaveBeenCalledWith('none');
  });

  test('policy packs show their problems with paths; ignored policy keys are listed', () => {
    mount(actions());
    expect(root.querySelector('[data-origin="policy"]')!.textContent).toContain('packs[0].version: expected string');
    expect(root.querySelector('[data-section="policy-issues"]')!.textContent).toContain('modee: unknown policy key');
  });

  test('a refused import lists every problem with its path and keeps the pasted text', async () => {
    const importPack = vi.fn(async () => ({ ok: false, issues: [{ path: 'rules[0].serverity', ruleId: 'patient-identity/x', message: 'unrecognized key' }] }));
    mount(actions({ importPack }));
    const area = root.querySelector<HTMLTextAreaElement>('[data-field="pack"]')!;
    area.value = '{"id":"x"}';
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await flush();
    [...root.querySelectorAll<HTMLButtonElement>('[data-section="import"] button')].at(-1)!.click();
    await flush();
    await flush();
    expect(importPack).toHaveBeenCalledWith('{"id":"x"}');
    expect(root.querySelector('[data-result="refused"]')!.textContent).toContain('rules[0].serverity (patient-identity/x): unrecognized key');
    expect(root.querySelector<HTMLTextAreaElement>('[data-field="pack"]')!.value).toBe('{"id":"x"}');
  });

  test('the audit shows metadata and exports on request', () => {
    const a = actions();
    mount(a);
    const audit = root.querySelector('[data-section="audit"]')!;
    expect(audit.textContent).toContain('patient-identity/cn-resident-id');
    expect(audit.textContent).toContain('consent on file');
    audit.querySelector('button')!.click();
    expect(a.exportAudit).toHaveBeenCalled();
  });
});
