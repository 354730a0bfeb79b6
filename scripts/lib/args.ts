// The one argument parser of every script under scripts/ (node:util parseArgs): `--name value` and
// `--name=value`, -h/--help, `--` before arguments that start with a dash, and usage errors that end
// the run with the message, the usage text and exit code 2. parseArgs runs non-strict so that the
// errors can be ours and name the option as it was typed; every token is then checked here.
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

/** -h or --help was given: argsOrExit prints the usage on stdout and exits 0. */
export class HelpRequested extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Repeatable: every value, in order (`--skip a --skip b`). */
  multiple?: boolean;
}
export type Options = Record<string, OptionSpec>;

export interface ReadSettings {
  /** Arguments that are not options are allowed (files, names); otherwise each one is an error. */
  positionals?: boolean;
  /** String options whose value may be left out (`--fixtures` or `--fixtures DIR`): then it is ''. */
  optionalValue?: readonly string[];
}

type Config<O extends Options> = { options: O; strict: true; allowPositionals: true; tokens: true };
/** values (typed by the option table), positionals, and tokens: every option in the order given. */
export type Parsed<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Parses argv (without node and the script) against `options`. Throws HelpRequested for -h/--help, and
 * a UsageError for an unknown option, a missing or empty value (a value that starts with '-' must be
 * written `--name=-x`), a value given to a flag, or an argument the script does not take.
 */
export function readArgs<const O extends Options>(argv: readonly string[], options: O, settings: ReadSettings = {}): Parsed<O> {
  const all: Options = { ...options, ...HELP };
  const optional = new Set(settings.optionalValue);
  // parseArgs gives a string option the next argument whatever it is: an optional value that is not
  // there is written `--name=` first, so that `--fixtures --limit 3` keeps its --limit.
  const args: string[] = [];
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    args.push(optional.has(name) && (next === undefined || next.startsWith('-')) ? `${arg}=` : arg);
  }
  const parsed = parseArgs({ args, options: all, strict: false, allowPositionals: true, tokens: true });
  if (parsed.tokens.some((t) => t.kind === 'option' && t.name === 'help')) throw new HelpRequested();
  for (const token of parsed.tokens) {
    if (token.kind === 'positional' && !settings.positionals) throw new UsageError(`unexpected argument: ${token.value}`);
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(all, token.name) ? all[token.name] : undefined;
    if (!spec) throw new UsageError(`unknown option: ${token.rawName}`);
    if (spec.type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
    if (spec.type !== 'string') continue;
    const value = token.value ?? '';
    if (value === '' && !optional.has(token.name)) throw new UsageError(`${token.rawName} needs a value`);
    if (!token.inlineValue && value.startsWith('-')) throw new UsageError(`${token.rawName} needs a value (one that starts with '-' is written ${token.rawName}=${value})`);
  }
  return parsed as unknown as Parsed<O>;
}

/** `value` as an integer of at least `min`; a UsageError naming `name` otherwise. */
export function count(name: string, value: string | undefined, min = 1): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${name} needs an integer ≥ ${min}`);
  return Number(value);
}

/** Runs `parse` on argv: for -h/--help prints the usage and exits 0; for a usage error prints it and the usage, exits 2. */
export function argsOrExit<T>(script: string, usage: string, parse: (argv: readonly string[]) => T, argv: readonly string[] = process.argv.slice(2)): T {
  try {
    return parse(argv);
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${script}: ${error.message}\n\n${usage}\n`);
    process.exit(2);
  }
}
