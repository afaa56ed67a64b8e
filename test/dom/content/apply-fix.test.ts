/** Fixes apply only to the text that was analysed, through the driver. */
import { afterEach, describe, expect, test } from 'vitest';
import { applyAllFixes, applyFix } from '../../../src/content/apply-fix';
import type { Finding } from '../../../src/engine/types';
import { contenteditableDriver } from '../../../src/platforms/editors/contenteditable';
import { textareaDriver } from '../../../src/platforms/editors/textarea';

afterEach(() => document.body.replaceChildren());

const TEXT = '3床王建国，身份证440106198512034522';
const ID_START = TEXT.indexOf('4401');

function finding(start: number, end: number, fix: NonNullable<Finding['detail']>['fix']): Finding {
  return { rule: 'test/x', category: 'patient-identity', severity: 'block', start, end, message: 'm', guidance: [], detail: { detector: 'regex', fix } };
}

function textarea(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  return el;
}

describe('applyFix', () => {
  test('replaces the span when it still holds the analysed text', () => {
    const el = textarea(TEXT);
    expect(applyFix(el, textareaDriver, finding(ID_START, ID_START + 18, { kind: 'replace', text: '[证件号]' }), TEXT)).toBe(true);
    expect(el.value).toBe('3床王建国，身份证[证件号]');
  });

  test('refuses when the span text changed since the analysis', () => {
    const el = textarea(TEXT.replace('4401', '4402'));
    expect(applyFix(el, textareaDriver, finding(ID_START, ID_START + 18, { kind: 'replace', text: '[证件号]' }), TEXT)).toBe(false);
    expect(el.value).toBe(TEXT.replace('4401', '4402'));
  });

  test('refuses when text was typed before the span, shifting it', () => {
    const el = textarea(`😷${TEXT}`);
    expect(applyFix(el, textareaDriver, finding(ID_START, ID_START + 18, { kind: 'remove' }), TEXT)).toBe(false);
  });

  test("'remove' deletes the span; 'reply' replaces the whole draft", () => {
    const el = textarea(TEXT);
    expect(applyFix(el, textareaDriver, finding(0, 5, { kind: 'remove' }), TEXT)).toBe(true);
    expect(el.value).toBe(TEXT.slice(5));
    const dm = textarea('你这是胃炎，吃奥美拉唑');
    expect(applyFix(dm, textareaDriver, finding(3, 5, { kind: 'reply', text: '这里不便诊疗，请到医院就诊。' }), dm.value)).toBe(true);
    expect(dm.value).toBe('这里不便诊疗，请到医院就诊。');
  });

  test('fix all rewrites from the last span back, in a contenteditable too (beforeinput fallback path aside)', () => {
    const el = textarea(TEXT);
    const n = applyAllFixes(el, textareaDriver, [finding(0, 5, { kind: 'replace', text: '某患者' }), finding(ID_START, ID_START + 18, { kind: 'replace', text: '[证件号]' })], TEXT);
    expect(n).toBe(2);
    expect(el.value).toBe('某患者，身份证[证件号]');
  });

  test('a contenteditable whose span changed is left alone', () => {
    const el = document.createElement('div');
    el.contentEditable = 'true';
    el.innerHTML = '<p>3床<b>李四</b></p>';
    document.body.append(el);
    const before = el.outerHTML;
    expect(applyFix(el, contenteditableDriver, finding(2, 5, { kind: 'replace', text: '某患者' }), '3床王建国')).toBe(false);
    expect(el.outerHTML).toBe(before);
  });
});
