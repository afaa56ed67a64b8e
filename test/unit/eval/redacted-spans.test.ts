import { describe, expect, test } from 'vitest';
import { spansFromRedacted } from '../../../src/cli/eval/peers/redacted-spans';

const PH = /(PHONE_NUMBER|PERSON_NAME|EMAIL_ADDRESS|DIGITS|URL)/g;
const BRACKET = /\[Redacted: ([a-z_]+)\]/g;

/** Each derived span as [label, original text], so a wrong offset shows as wrong text. */
const texts = (original: string, redacted: string, placeholder: RegExp) =>
  spansFromRedacted(original, redacted, placeholder)?.map((s) => [s.label, original.slice(s.start, s.end)]);

describe('spans from redacted text', () => {
  test('plain English, placeholders mid-text and at both ends', () => {
    const original = 'Bob Smith called 555-555-5555 about john@example.com';
    expect(texts(original, 'PERSON_NAME called PHONE_NUMBER about EMAIL_ADDRESS', PH)).toEqual([
      ['PERSON_NAME', 'Bob Smith'],
      ['PHONE_NUMBER', '555-555-5555'],
      ['EMAIL_ADDRESS', 'john@example.com'],
    ]);
  });

  test('UTF-16 offsets around CJK text and emoji (surrogate pairs)', () => {
    const original = '😀张伟的电话13812345678，邮箱 a@b.cn 🙂好';
    const spans = spansFromRedacted(original, '😀张伟的电话PHONE_NUMBER，邮箱 EMAIL_ADDRESS 🙂好', PH)!;
    expect(spans).toEqual([
      { start: 7, end: 18, label: 'PHONE_NUMBER' },
      { start: 22, end: 28, label: 'EMAIL_ADDRESS' },
    ]);
    expect(original.slice(7, 18)).toBe('13812345678');
  });

  test('a placeholder between two emoji never splits a surrogate pair', () => {
    const original = '😀Ann😀';
    expect(spansFromRedacted(original, '😀PERSON_NAME😀', PH)).toEqual([{ start: 2, end: 5, label: 'PERSON_NAME' }]);
  });

  test('bracketed placeholders carry their label', () => {
    expect(texts('call (613) 555-0100 or 10.0.0.1', 'call [Redacted: phone_number] or [Redacted: ip_address]', BRACKET)).toEqual([
      ['phone_number', '(613) 555-0100'],
      ['ip_address', '10.0.0.1'],
    ]);
  });

  test('backtracks when the redacted stretch repeats the literal that follows it', () => {
    // DIGITS covered "12 or 12"; the first " or " after the placeholder is the wrong anchor.
    expect(texts('call 12 or 12 or 34 now', 'call DIGITS or 34 now', PH)).toEqual([['DIGITS', '12 or 12']]);
  });

  test('a placeholder word already in the original is not a detection', () => {
    expect(texts('URL: http://x.org', 'URL: URL', PH)).toEqual([['URL', 'http://x.org']]);
  });

  test('regex characters in the literals are taken literally', () => {
    expect(texts('a.b*c (x) [y] $1 555-0100?', 'a.b*c (x) [y] $1 PHONE_NUMBER?', PH)).toEqual([['PHONE_NUMBER', '555-0100']]);
  });

  test('no placeholder: no spans, or null when the text was changed anyway', () => {
    expect(spansFromRedacted('nothing here', 'nothing here', PH)).toEqual([]);
    expect(spansFromRedacted('Nothing here', 'nothing here', PH)).toBeNull();
  });

  test('null when the literals do not fit the original', () => {
    expect(spansFromRedacted('RECEIVED from Bob', 'received from PERSON_NAME', PH)).toBeNull();
  });

  test('refuses a non-global placeholder pattern', () => {
    expect(() => spansFromRedacted('a', 'a', /URL/)).toThrow(/global/);
  });
});
