/** Splitting text into Chinese and English runs, and the text's dominant language. */
import type { Lang } from './types';

export interface LanguageRun {
  lang: Lang;
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/**
 * Runs of one script; characters of neither (digits, spaces, punctuation, emoji) join the run
 * they sit in, so "MRN 00482913" stays one English run.
 * @example languageRuns('3床 bed 12') // [{lang:'zh',start:0,end:3},{lang:'en',start:3,end:9}]
 */
export function languageRuns(text: string): LanguageRun[] {
  const runs: LanguageRun[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lang: Lang | null = HAN.test(ch) ? 'zh' : LATIN.test(ch) ? 'en' : null;
    const last = runs[runs.length - 1];
    if (lang === null || last?.lang === lang) {
      if (last) last.end = i + 1;
      continue;
    }
    if (last) last.end = i;
    runs.push({ lang, start: i, end: i + 1 });
  }
  const first = runs[0];
  if (first) first.start = 0;
  return runs;
}

/** Chinese when Han characters are at least as many as English words. */
export function dominantLanguage(text: string): Lang {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z]+/g)?.length ?? 0;
  return han > 0 && han >= words ? 'zh' : words > 0 ? 'en' : 'zh';
}
