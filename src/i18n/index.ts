/** Picks the UI strings for a language and fills `{name}` placeholders. */
import { en, type UiKey, type UiStrings } from './en';
import { zh } from './zh';

export type UiLang = 'zh' | 'en';
export type { UiKey, UiStrings };

const TABLES: Readonly<Record<UiLang, UiStrings>> = { en, zh };

export type Translate = (key: UiKey, vars?: Readonly<Record<string, string | number>>) => string;

export function translator(lang: UiLang): Translate {
  const table = TABLES[lang];
  return (key, vars) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(vars?.[name] ?? whole));
}

/** The browser's first language decides the first view; the page's toggle changes it afterwards. */
export function preferredLang(languages: readonly string[]): UiLang {
  return (languages[0] ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
