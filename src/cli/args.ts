import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `--help` or `-h`: every command answers it with its usage (exit 0). */
export function isHelpFlag(arg: string): boolean {
  return arg === '--help' || arg === '-h';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with our usage errors: unknown options and missing values say what is wrong, in Chinese first. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`参数有误：${(error as Error).message}`);
  }
}

export function requireOption(value: string | undefined, flag: string, what: string): string {
  if (value === undefined || value === '') throw new UsageError(`缺少 ${flag}（${what}）。 Missing ${flag}.`);
  return value;
}

export function yearOption(value: string | undefined, flag: string): number {
  const text = requireOption(value, flag, '年份，如 2023');
  const year = Number(text.normalize('NFKC'));
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new UsageError(`${flag} 应为年份（如 2023），收到“${text}”。`);
  return year;
}
