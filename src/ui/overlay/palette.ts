/**
 * The overlay's colours for each scheme, as data: the stylesheet is generated from it and a test
 * checks every text/background pair against WCAG AA (4.5:1), so a colour tweak cannot quietly
 * make a severity label unreadable on a dark page.
 */
import type { Scheme } from './color-scheme';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  button: string;
  primary: string;
  primaryFg: string;
  /** Severity colours: used as text on `bg` and as the badge's fill under `badgeFg`. */
  block: string;
  warn: string;
  info: string;
  badgeFg: string;
  focus: string;
  shadow: string;
}

export const PALETTES: Readonly<Record<Scheme, Palette>> = {
  light: {
    bg: '#ffffff', fg: '#1f2328', muted: '#59636e', border: '#d0d7de', button: '#f3f4f6',
    primary: '#0b57d0', primaryFg: '#ffffff',
    block: '#c5221f', warn: '#a35200', info: '#1765cc', badgeFg: '#ffffff',
    focus: '#0b57d0', shadow: '0 6px 24px rgba(0,0,0,.18)',
  },
  dark: {
    bg: '#1f2428', fg: '#e6edf3', muted: '#9da7b3', border: '#3d444d', button: '#2d333b',
    primary: '#4493f8', primaryFg: '#0d1117',
    block: '#ff7b72', warn: '#f0a13a', info: '#79b8ff', badgeFg: '#0d1117',
    focus: '#79b8ff', shadow: '0 6px 24px rgba(0,0,0,.5)',
  },
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--cg-bg: …; --cg-fg: …` for one scheme. */
export function paletteVars(scheme: Scheme): string {
  return Object.entries(PALETTES[scheme])
    .map(([name, value]) => `--cg-${kebab(name)}: ${value};`)
    .join(' ');
}
