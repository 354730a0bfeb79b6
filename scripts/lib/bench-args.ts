// What the benchmark scripts' argument parsers share (bench/extract.ts, bench/detect.ts): the count
// check, and the usage error that ends a run with the usage text and exit code 2.
import { UsageError } from '../cli/lib/extract-args';

export { UsageError };

/** `value` as an integer of at least `min`; a UsageError naming `name` otherwise. */
export function count(name: string, value: string | undefined, min = 1): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${name} needs an integer ≥ ${min}`);
  return Number(value);
}

/** Parses argv with `parse`; on a usage error prints it and the usage text, and exits with 2. */
export function argsOrExit<T>(script: string, usage: string, parse: (argv: readonly string[]) => T, argv: readonly string[]): T {
  try {
    return parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${script}: ${error.message}\n\n${usage}\n`);
    process.exit(2);
  }
}
