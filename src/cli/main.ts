/** The clinguard command line: argument parsing and dispatch. Errors are one line, never a trace. */
import { parseArgs } from 'node:util';
import { SURFACES, type Surface } from '../engine/types';
import { CliError } from './cli-error';
import { evalCommand } from './eval-command';
import { HELP } from './help';
import { ruleSetFor } from './load-rule-set';
import { packCommand } from './pack-commands';
import { scanJsonl } from './scan-jsonl';
import { scanText } from './scan-text';

const VERSION = '0.1.0';

export async function main(argv: readonly string[], write: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCli(argv);
  if (values.version) return write(VERSION), 0;
  const [command, ...rest] = positionals;
  if (values.help || !command) return write(HELP), values.help ? 0 : 2;
  if (command === 'scan') {
    const surface = values.surface ?? 'post';
    if (!(SURFACES as readonly string[]).includes(surface)) throw new CliError(`--surface must be one of ${SURFACES.join(', ')}`, 2);
    if (values.locale && values.locale !== 'zh' && values.locale !== 'en') throw new CliError('--locale must be zh or en', 2);
    const { ruleSet } = ruleSetFor(values.pack ?? []);
    const options = { nlp: !values['no-nlp'], explain: values.explain ?? false, ...(values.locale ? { locale: values.locale as 'zh' | 'en' } : {}) };
    if (values.jsonl) return scanJsonl(rest, ruleSet, options, write);
    return scanText(rest, ruleSet, { ...options, surface: surface as Surface, color: !values['no-color'] && Boolean(process.stdout.isTTY) }, write);
  }
  if (command === 'eval') {
    if (rest.length !== 1) throw new CliError('usage: clinguard eval CORPUS_DIR', 2);
    return evalCommand(rest[0]!, ruleSetFor(values.pack ?? []).ruleSet, !values['no-nlp'], write);
  }
  if (command === 'pack') {
    const [action, path, extra] = rest;
    if ((action !== 'validate' && action !== 'test') || !path || extra) throw new CliError('usage: clinguard pack validate|test PACK.json', 2);
    return packCommand(action, path, write);
  }
  throw new CliError(`unknown command "${command}" (see clinguard --help)`, 2);
}

function parseCli(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        jsonl: { type: 'boolean' },
        pack: { type: 'string', multiple: true },
        surface: { type: 'string' },
        locale: { type: 'string' },
        'no-nlp': { type: 'boolean' },
        explain: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]} (see clinguard --help)`, 2);
  }
}
