/**
 * Light or dark, decided from the page around the editor (issue 4: respect the page's scheme).
 * Pure: the content layer reads the computed styles and passes them in.
 */
export type Scheme = 'light' | 'dark';

export interface SchemeInputs {
  /** Computed background-color of the editor, then each ancestor up to <html>. */
  backgrounds: readonly string[];
  /** Computed color-scheme of the editor (e.g. 'normal', 'dark', 'light dark'). */
  colorScheme: string;
  /** matchMedia('(prefers-color-scheme: dark)').matches */
  prefersDark: boolean;
}

/** [r, g, b, alpha] from a computed `rgb()`/`rgba()`/`#rrggbb` colour; null for anything else. */
export function parseColor(css: string): [number, number, number, number] | null {
  const text = css.trim().toLowerCase();
  if (text === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{6})$/.exec(text);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as [number, number, number, number];
  const fn = /^rgba?\(([^)]+)\)$/.exec(text);
  if (!fn) return null;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean).map((p) => (p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p)));
  if (parts.length < 3 || parts.some(Number.isNaN)) return null;
  const alpha = parts[3] === undefined ? 1 : fn[1]!.includes('%') && parts[3] > 1 ? parts[3] / 255 : parts[3];
  return [parts[0]!, parts[1]!, parts[2]!, alpha];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** WCAG contrast ratio of two colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [a, b].map((c) => luminance(parseColor(c) ?? [0, 0, 0]));
  return (Math.max(la!, lb!) + 0.05) / (Math.min(la!, lb!) + 0.05);
}

/**
 * The first mostly opaque background from the editor outwards decides (what the user actually
 * sees behind the text; dark below luminance 0.18, where white text contrasts better than black).
 * With none, the canvas shows: dark only if the page's color-scheme
 * allows nothing else, light for 'normal'/'light', the user's preference when the page takes both.
 */
export function schemeFrom({ backgrounds, colorScheme, prefersDark }: SchemeInputs): Scheme {
  for (const css of backgrounds) {
    const rgba = parseColor(css);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba) < 0.18 ? 'dark' : 'light';
  }
  const words = colorScheme.toLowerCase().split(/\s+/);
  const dark = words.includes('dark');
  const light = words.includes('light');
  if (dark && light) return prefersDark ? 'dark' : 'light';
  return dark ? 'dark' : 'light';
}
