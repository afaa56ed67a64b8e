/** Citation titles from rules/guidance.json, as the background gets them from Vite. */
import { readFileSync } from 'node:fs';

export function loadGuidanceTitles(): Record<string, { zh: string; en: string }> {
  const json = JSON.parse(readFileSync('rules/guidance.json', 'utf8')) as { citations: Record<string, { title: { zh: string; en: string } }> };
  return Object.fromEntries(Object.entries(json.citations).map(([id, c]) => [id, c.title]));
}
