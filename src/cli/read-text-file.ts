/** Reads a whole text file (a draft or a pack) with a size cap and strict UTF-8. */
import { readFileSync, statSync } from 'node:fs';
import { CliError } from './cli-error';

export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export function readTextFile(path: string, what: string): string {
  let bytes: Buffer;
  try {
    if (path !== '-' && statSync(path).size > MAX_FILE_BYTES) throw new CliError(`${path}: ${what} file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: cannot read ${what} file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new CliError(`${path}: ${what} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${path}: ${what} file is not valid UTF-8`);
  }
}
