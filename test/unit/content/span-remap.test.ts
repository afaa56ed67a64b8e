/** span-remap keeps marks on their words between an edit and the next analysis (UTF-16 offsets). */
import { describe, expect, test } from 'vitest';
import { remapFindings } from '../../../src/content/span-remap';
import type { Finding } from '../../../src/engine/types';

const at = (text: string, word: string): Finding => {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${text}`);
  return { rule: 't/x', category: 'patient-identity', severity: 'block', start, end: start + word.length, message: 'm', guidance: [] };
};
const spans = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

const BEFORE = '3床王建国，身份证440106198512034522';

describe('remapFindings', () => {
  test('the same text keeps every span (a copy, not the same array)', () => {
    const findings = [at(BEFORE, '王建国')];
    const out = remapFindings(BEFORE, BEFORE, findings);
    expect(out).toEqual(findings);
    expect(out).not.toBe(findings);
  });

  test('typing after every span leaves them where they are', () => {
    const after = `${BEFORE}，谢谢`;
    const out = remapFindings(BEFORE, after, [at(BEFORE, '3床'), at(BEFORE, '王建国')]);
    expect(spans(after, out)).toEqual(['3床', '王建国']);
  });

  test('typing before a span shifts it by the inserted length, emoji counted as two units', () => {
    const after = `😷 ${BEFORE}`;
    const out = remapFindings(BEFORE, after, [at(BEFORE, '王建国'), at(BEFORE, '440106198512034522')]);
    expect(out.map((f) => f.start)).toEqual([after.indexOf('王建国'), after.indexOf('4401')]);
    expect(spans(after, out)).toEqual(['王建国', '440106198512034522']);
  });

  test('deleting before a span shifts it back', () => {
    const after = BEFORE.slice(2);
    expect(spans(after, remapFindings(BEFORE, after, [at(BEFORE, '王建国')]))).toEqual(['王建国']);
  });

  test('an edit inside a span drops that span only, until the next analysis says again', () => {
    const after = BEFORE.replace('王建国', '王建军');
    const out = remapFindings(BEFORE, after, [at(BEFORE, '3床'), at(BEFORE, '王建国'), at(BEFORE, '440106198512034522')]);
    expect(spans(after, out)).toEqual(['3床', '440106198512034522']);
  });

  test('a full-width replacement of the whole draft (an editor clearing it) drops everything', () => {
    expect(remapFindings(BEFORE, '', [at(BEFORE, '3床')])).toEqual([]);
    expect(remapFindings(BEFORE, 'ＡＢＣ', [at(BEFORE, '王建国')])).toEqual([]);
  });

  test('repeated characters at the edit point do not move a span onto the wrong copy', () => {
    const before = '床床床 3床';
    const after = '床床床床 3床';
    const out = remapFindings(before, after, [at(before, '3床')]);
    expect(spans(after, out)).toEqual(['3床']);
  });
});
