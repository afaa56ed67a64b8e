/** Process entry of the CLI bundle: stdout writes, one-line errors on stderr, exit codes. */
import { CliError } from './cli-error';
import { main } from './main';

const write = (line: string): void => void process.stdout.write(`${line}\n`);

main(process.argv.slice(2), write).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const message = error instanceof CliError ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`clinguard: ${message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
