/** One `clinguard scan --jsonl` input line (CONTRACT.md); other fields (corpus labels) are ignored. */
import * as z from 'zod/mini';
import { LANGS, SURFACES, type Lang, type Surface } from '../engine/types';

const recordSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  lang: z.optional(z.enum(LANGS)),
  surface: z.optional(z.enum(SURFACES)),
});

export interface ScanRecord {
  id: string | number;
  text: string;
  lang?: Lang;
  surface?: Surface;
}

export type ParsedLine = { ok: true; record: ScanRecord } | { ok: false; id: string | number; error: string };

export function parseRecordLine(line: string, lineNumber: number): ParsedLine {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: lineNumber, error: `not valid JSON: ${(error as Error).message}` };
  }
  const rawId = (data as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : lineNumber;
  const parsed = recordSchema.safeParse(data);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || 'line';
  const missing = issue.path.length === 1 && (data as Record<string, unknown>)[String(issue.path[0])] === undefined;
  const what = missing ? 'is missing' : issue.code === 'invalid_value' ? `must be one of ${issue.values.join(', ')}` : `must be a ${issue.code === 'invalid_type' ? issue.expected : 'valid value'}`;
  return { ok: false, id, error: `"${field}" ${what}` };
}
