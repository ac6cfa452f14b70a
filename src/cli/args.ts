import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkXlsxOutput, parseYear } from '../core/arguments';
import { translate } from '../core/i18n';

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

/** A year typed as 2025, 2025年 or ２０２５. */
export function yearOption(value: string | undefined, flag: string): number {
  const parsed = parseYear(requireOption(value, flag, '年份，如 2023'));
  if (!parsed.ok) throw new UsageError(translate('zh-CN', parsed.problem.code, parsed.problem.params));
  return parsed.value;
}

/** An output workbook name: it must end in .xlsx. */
export function xlsxOutputOption(value: string | undefined, flag: string): string {
  const checked = checkXlsxOutput(requireOption(value, flag, '输出文件'));
  if (!checked.ok) throw new UsageError(translate('zh-CN', checked.problem.code, checked.problem.params));
  return checked.value;
}
