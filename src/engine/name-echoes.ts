/**
 * Name echoes: once a rule has found a name, the same name elsewhere in the draft is a name too,
 * whatever surrounds it ("…the assistant to Asya Godina" makes the "Asya" that opened the post a
 * name; "Mr. Holst" makes a later bare "Holst" one). De-identification tools do the same: a name's
 * cue is usually given once. The echo carries its source's rule and severity.
 *
 * English names echo by part (a surname or a given name), case-sensitively and as whole words;
 * Chinese names echo whole only, since a two-character given name (建国, 海燕) is often a word too,
 * and only from three characters up; a transliterated name with a middle dot also by its parts of
 * two characters or more, as later mentions use one (查曼基尼·祖鲁 … 祖鲁).
 */
import type { Candidate } from './candidate';

const TITLE = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame|doctor|nurse|rev|fr|sr|jr|ii|iii)\.?$/i;
// A capital then at least one small letter: in an all-capitals note every word looks like a name.
const LATIN_PART = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
/** The dots that join the parts of a transliterated name, as people type them. */
const MIDDLE_DOT = '[·•・‧]';
// Three characters or more: a two-character name (马钢, 万荣) is as often a firm or a place.
const HAN_NAME = new RegExp(`^\\p{Script=Han}(?:\\p{Script=Han}|${MIDDLE_DOT}){2,5}$`, 'u');
// A transliterated name with a middle dot (查曼基尼·祖鲁): later mentions use one part (祖鲁).
const HAN_FOREIGN = new RegExp(`^\\p{Script=Han}{2,}(?:${MIDDLE_DOT}\\p{Script=Han}{2,})+$`, 'u');
const MIDDLE_DOT_SPLIT = new RegExp(MIDDLE_DOT);
const HAN_WORD = new RegExp(`^(?:\\p{Script=Han}|${MIDDLE_DOT})+$`, 'u');
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/**
 * Names that are also everyday words: echoed only mid-sentence, where a capital still says "name"
 * ("Bowman and White" yes, "Will you…" at a sentence start no).
 */
const HOMOGRAPHS = new Set(
  ('will may june april august grace hope faith joy rose lily ivy iris daisy dawn eve mark bill pat sue art frank bob jack guy ' +
    'rich sunny summer autumn brown green white black young king long little hall wood hill park lane field ward bell chase rob ' +
    'sky star penny dean major page price cook carter baker mason turner bishop porter miles gay love early best case north west')
    .split(' '),
);

export function nameEchoes(text: string, atoms: readonly Candidate[]): Candidate[] {
  const names = atoms.filter((a) => a.entity === 'person-name' && !a.part && !a.rule.rule.signal);
  if (!names.length) return [];
  const echoes: Candidate[] = [];
  // A name found many times is looked for once: its first finder's echoes already take every place.
  const sought = new Set<string>();
  const taken = (start: number, end: number) =>
    names.some((n) => n.start < end && start < n.end) || echoes.some((e) => e.start < end && start < e.end);
  for (const source of names) {
    for (const word of echoWords(text.slice(source.start, source.end))) {
      if (sought.has(word)) continue;
      sought.add(word);
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const end = at + word.length;
        if (!standsAlone(text, at, end, word) || taken(at, end)) continue;
        echoes.push({ rule: source.rule, start: at, end, severity: source.severity, entity: 'person-name', context: [] });
      }
    }
  }
  return echoes;
}

/** What of a found name may be looked for elsewhere: a Chinese name whole, an English one by part. */
function echoWords(name: string): string[] {
  const trimmed = name.trim();
  if (HAN_FOREIGN.test(trimmed)) return [trimmed, ...trimmed.split(MIDDLE_DOT_SPLIT).filter((p) => p.length >= 2)];
  if (HAN_NAME.test(trimmed)) return [trimmed];
  const parts = trimmed
    .split(/[\s,]+/)
    .map((p) => p.replace(/['’]s$/, ''))
    .filter((p) => !TITLE.test(p) && LATIN_PART.test(p));
  return [...new Set(parts)];
}

function standsAlone(text: string, start: number, end: number, word: string): boolean {
  // Chinese is written without spaces: a Chinese name needs no word boundary around it.
  if (HAN_WORD.test(word)) return true;
  if (WORD_CHAR.test(text[start - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) return false;
  return !HOMOGRAPHS.has(word.toLowerCase()) || !startsSentence(text, start);
}

function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  for (; i >= 0 && /\s/.test(text[i]!); i--) if (text[i] === '\n') return true;
  return i < 0 || /[.!?:;>"“(]/.test(text[i]!);
}
