/**
 * Reads JSON Lines input as raw byte lines, so a line that is not UTF-8 or is too long becomes
 * an error for that line only and the run goes on (CONTRACT.md: the run never stops on bad input).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

export const MAX_LINE_BYTES = 4 * 1024 * 1024;

export type InputLine = { number: number; text: string } | { number: number; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function* inputLines(stream: Readable): AsyncGenerator<InputLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 0;
  const finish = (): InputLine => {
    number++;
    const bytes = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    if (bytes.length > MAX_LINE_BYTES) return { number, error: `line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MB` };
    try {
      return { number, text: decoder.decode(bytes).replace(/\r$/, '') };
    } catch {
      return { number, error: 'line is not valid UTF-8' };
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      keep(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    keep(chunk.subarray(from));
  }
  if (pendingBytes > 0) yield finish();

  // Bytes past the limit are counted but not kept, so a huge line cannot exhaust memory.
  function keep(part: Buffer): void {
    if (pendingBytes <= MAX_LINE_BYTES) pending.push(Buffer.from(part));
    pendingBytes += part.length;
    if (pendingBytes > MAX_LINE_BYTES) pending = [Buffer.alloc(MAX_LINE_BYTES + 1)];
  }
}

export function openInput(path: string): Readable {
  return path === '-' ? process.stdin : createReadStream(path);
}
