/**
 * Just enough of a JS/TS lexer for the architecture test: blanks out comments (and, on request,
 * string contents) while keeping offsets, and lists import specifiers. Regex literals are skipped
 * by the usual heuristic (a `/` where an expression may start), which holds for this codebase.
 */
export interface ImportRef {
  specifier: string;
  typeOnly: boolean;
}

export function blankOut(source: string, { strings }: { strings: boolean }): string {
  const out = source.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  let lastSignificant = '';
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      const stop = skipQuoted(source, i, c);
      if (strings) blank(i + 1, stop - 1);
      i = stop;
      lastSignificant = c;
    } else if (c === '/' && (/^$|[(,=:[!&|?{};+\-*%<>~^]$/.test(lastSignificant) || AFTER_KEYWORD.test(source.slice(Math.max(0, i - 12), i)))) {
      const stop = skipRegex(source, i);
      if (strings) blank(i + 1, stop - 1);
      i = stop;
      lastSignificant = '/';
    } else {
      if (!/\s/.test(c)) lastSignificant = c;
      i++;
    }
  }
  return out.join('');
}

/** Keywords after which a `/` starts a regex literal, not a division. */
const AFTER_KEYWORD = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|void|yield|await)\s*$/;

function skipQuoted(source: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipRegex(source: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < source.length && source[i] !== '\n') {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i + 1;
    i++;
  }
  return i;
}

const STATIC_IMPORT = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([\w*{}\s,$]*?)\s*from\s*(['"])([^'"]+)\4/g;
const SIDE_EFFECT_IMPORT = /(?:^|[;\n])\s*import\s*(['"])([^'"]+)\1/g;
const DYNAMIC_IMPORT = /\b(?:import|require)\s*\(\s*(['"])([^'"]+)\1\s*\)/g;

/** Import and re-export specifiers of a module, with whether they bring in types only. */
export function importsOf(source: string): ImportRef[] {
  const code = blankOut(source, { strings: false });
  const refs: ImportRef[] = [];
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const clause = m[3]!;
    const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
    const allInlineTypes = !!named && named[1]!.split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
    refs.push({ specifier: m[5]!, typeOnly: !!m[2] || allInlineTypes });
  }
  for (const m of code.matchAll(SIDE_EFFECT_IMPORT)) refs.push({ specifier: m[2]!, typeOnly: false });
  for (const m of code.matchAll(DYNAMIC_IMPORT)) refs.push({ specifier: m[2]!, typeOnly: false });
  return refs;
}
