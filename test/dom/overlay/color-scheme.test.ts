/** The overlay follows the page's scheme, and every colour pair it uses is readable in both. */
import { afterEach, describe, expect, test } from 'vitest';
import { pageScheme } from '../../../src/content/page-scheme';
import { contrastRatio, parseColor, schemeFrom } from '../../../src/ui/overlay/color-scheme';
import { PALETTES } from '../../../src/ui/overlay/palette';

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('schemeFrom', () => {
  const base = { colorScheme: 'normal', prefersDark: false };

  test('the nearest opaque background decides, whatever the user prefers', () => {
    expect(schemeFrom({ ...base, prefersDark: true, backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'] })).toBe('light');
    expect(schemeFrom({ ...base, backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(21, 32, 43)', 'rgb(255, 255, 255)'] })).toBe('dark');
  });

  test('a faint tint does not count as the background', () => {
    expect(schemeFrom({ ...base, backgrounds: ['rgba(0, 0, 0, 0.1)', 'rgb(250, 250, 250)'] })).toBe('light');
  });

  test('no background: color-scheme decides, then the user preference when the page takes both', () => {
    const none = ['rgba(0, 0, 0, 0)'];
    expect(schemeFrom({ backgrounds: none, colorScheme: 'dark', prefersDark: false })).toBe('dark');
    expect(schemeFrom({ backgrounds: none, colorScheme: 'normal', prefersDark: true })).toBe('light');
    expect(schemeFrom({ backgrounds: none, colorScheme: 'light dark', prefersDark: true })).toBe('dark');
    expect(schemeFrom({ backgrounds: none, colorScheme: 'light dark', prefersDark: false })).toBe('light');
  });

  test('parses the colour forms getComputedStyle returns', () => {
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3, 1]);
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
    expect(parseColor('rgb(1 2 3 / 0.25)')).toEqual([1, 2, 3, 0.25]);
    expect(parseColor('#ff0000')).toEqual([255, 0, 0, 1]);
    expect(parseColor('transparent')).toEqual([0, 0, 0, 0]);
    expect(parseColor('color(srgb 1 0 0)')).toBeNull();
  });
});

describe('pageScheme reads the page around the editor', () => {
  test('dark container behind a transparent editor', () => {
    document.body.innerHTML = '<div style="background-color: rgb(16, 20, 24)"><textarea id="ed" style="background-color: transparent"></textarea></div>';
    expect(pageScheme(document.getElementById('ed')!)).toBe('dark');
  });

  test('a white editor on a dark page is light (the text sits on white)', () => {
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    document.body.innerHTML = '<div id="ed" contenteditable="true" style="background-color: rgb(255, 255, 255)"></div>';
    expect(pageScheme(document.getElementById('ed')!)).toBe('light');
  });
});

describe('palettes meet WCAG AA (4.5:1) in both schemes', () => {
  for (const [scheme, p] of Object.entries(PALETTES)) {
    test.each([
      ['text', p.fg, p.bg],
      ['muted text', p.muted, p.bg],
      ['block label', p.block, p.bg],
      ['warn label', p.warn, p.bg],
      ['info label', p.info, p.bg],
      ['badge on block', p.badgeFg, p.block],
      ['badge on warn', p.badgeFg, p.warn],
      ['badge on info', p.badgeFg, p.info],
      ['primary button', p.primaryFg, p.primary],
      ['button text', p.fg, p.button],
    ])(`${scheme}: %s`, (_name, fg, bg) => {
      expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
    });
    test(`${scheme}: focus ring stands out from the background (3:1)`, () => {
      expect(contrastRatio(p.focus, p.bg)).toBeGreaterThanOrEqual(3);
    });
  }
});
