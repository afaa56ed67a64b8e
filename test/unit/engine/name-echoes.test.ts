/** A name found once marks the same name elsewhere in the draft, with the finding rule's id and severity. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { rule, ruleSetOf } from '../../helpers/inline-pack';

// Names are found only after a cue, as the real rules often require one (text is matched normalised: ， is ',').
const set = ruleSetOf([
  rule({ id: 'patient-identity/titled', entity: 'person-name', severity: 'warn', detector: { kind: 'regex', pattern: '(?<=\\b(?:Mr\\.?|Dr\\.?|patient) )[A-Z][a-z]+(?: [A-Z][a-z]+)?' } }),
  rule({ id: 'patient-identity/zh-cued', entity: 'person-name', severity: 'info', languages: ['zh'], detector: { kind: 'regex', pattern: '(?<=患者)[\\u4e00-\\u9fff·・]{2,7}(?=,)' } }),
  rule({ id: 'patient-identity/signal', entity: 'person-name', signal: true, detector: { kind: 'keywords', terms: ['Signal Only'] } }),
]);

const names = (text: string) =>
  analyze(text, set, { surface: 'post' }).map((f) => `${f.rule}:${text.slice(f.start, f.end)}:${f.severity}`);

describe('name echoes', () => {
  it('a part of a found English name is a name elsewhere, before or after the cue', () => {
    expect(names('Asya called again. I saw patient Asya Godina today; Godina is better.')).toEqual([
      'patient-identity/titled:Asya:warn',
      'patient-identity/titled:Asya Godina:warn',
      'patient-identity/titled:Godina:warn',
    ]);
  });

  it('titles and possessives are not echoed, and only whole words in the same case are', () => {
    expect(names("Mr. Holst's chart. Holst's wife and Holstein cows; a holst.")).toEqual([
      'patient-identity/titled:Holst:warn',
      'patient-identity/titled:Holst:warn',
    ]);
  });

  it('a name that is also a word echoes mid-sentence only', () => {
    expect(names('Dr. Will came. Will you call? We told Will.')).toEqual([
      'patient-identity/titled:Will:warn',
      'patient-identity/titled:Will:warn',
    ]);
  });

  it('an all-capitals note echoes nothing: there every word looks like a name', () => {
    expect(names('Mr Given. GIVEN LASIX.')).toEqual(['patient-identity/titled:Given:warn']);
  });

  it('a Chinese name echoes whole, from three characters up', () => {
    expect(names('患者王建国，昨天王建国家属来了。患者马钢，马钢集团')).toEqual([
      'patient-identity/zh-cued:王建国:info',
      'patient-identity/zh-cued:王建国:info',
      'patient-identity/zh-cued:马钢:info',
    ]);
  });

  it('a transliterated name with a middle dot echoes whole and by its parts of two characters up', () => {
    expect(names('患者安娜·卡列尼娜,后来卡列尼娜和安娜都来了,安·娜')).toEqual([
      'patient-identity/zh-cued:安娜·卡列尼娜:info',
      'patient-identity/zh-cued:卡列尼娜:info',
      'patient-identity/zh-cued:安娜:info',
    ]);
  });

  it('a dotted Chinese name echoes whole right after another character, whichever middle dot joins it (· ・)', () => {
    expect(names('患者安・娜,昨天安・娜来了')).toEqual(['patient-identity/zh-cued:安・娜:info', 'patient-identity/zh-cued:安・娜:info']);
    expect(names('患者安·娜,昨天安·娜来了')).toEqual(['patient-identity/zh-cued:安·娜:info', 'patient-identity/zh-cued:安·娜:info']);
  });

  it('signal spans are not names to echo', () => {
    expect(names('Signal Only. Signal came, Only later.')).toEqual([]);
  });
});
