import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkXlsxOutput, nearest, parseYear } from '../core/arguments';
import type { Coded, Locale, MessageCode, MessageParams } from '../core/i18n';

/**
 * A refusal of the command line: a message of the locale tables, worded by `main` in the language the command line
 * asked for (--lang, read from the raw arguments, so even a refusal of the arguments themselves is in it), and the
 * command's usage when it helps (the usage texts are bilingual by design: they are shown before any --lang is known).
 */
export class UsageError extends Error {
  readonly refusal: Coded;

  constructor(code: MessageCode, params: MessageParams = {}, readonly usage = '') {
    super(code);
    this.name = 'UsageError';
    this.refusal = { code, params };
  }
}

/**
 * The arguments without `--lang <locale>` / `--lang=<locale>` (read by localeOf), for a command that takes free
 * positionals (a plan id, a file, a cell's text): the option is never taken for one of them.
 */
export function withoutLang(args: readonly string[]): string[] {
  return args.filter((arg, index) => arg !== '--lang' && !arg.startsWith('--lang=') && args[index - 1] !== '--lang');
}

/** What `--lang <value>` (or `--lang=<value>`) gives anywhere on the command line, as typed. */
export function langValue(args: readonly string[]): string | undefined {
  for (const [index, arg] of args.entries()) {
    if (arg === '--') break;
    const value = arg === '--lang' ? args[index + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

/** zh-CN and en-US as people write them: en, en_US, EN-us; zh, zh_CN, zh-Hans. */
function readLocale(value: string): Locale | undefined {
  if (/^en(?:[-_]us)?$/iu.test(value)) return 'en-US';
  if (/^zh(?:[-_](?:cn|hans))?$/iu.test(value)) return 'zh-CN';
  return undefined;
}

/** The language to word a refusal in: English when --lang asks for it, else Chinese (also for a --lang not known). */
export function localeOf(args: readonly string[]): Locale {
  const value = langValue(args);
  return value === undefined ? 'zh-CN' : readLocale(value) ?? 'zh-CN';
}

/** The --lang option: Chinese when not given, a language the product speaks, or a refusal naming those it does. */
export function localeOption(value: string | undefined): Locale {
  if (value === undefined) return 'zh-CN';
  const locale = readLocale(value);
  if (locale === undefined) throw new UsageError('cli.args.lang_unknown', { value });
  return locale;
}

/** `--help` or `-h`: every command answers it with its usage (exit 0). */
export function isHelpFlag(arg: string): boolean {
  return arg === '--help' || arg === '-h';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The command's long options as typed (--plan), to answer a misspelled one with the nearest. */
function optionSpellings(options: Options): Array<{ key: string; label: string }> {
  return Object.keys(options).map((name) => ({ key: `--${name}`, label: `--${name}` }));
}

/** What node:util's parseArgs refused, as a message of the tables; the option or value it names is data. */
function argsRefusal(error: unknown, options: Options): UsageError {
  const { code, message } = error as { code?: string; message: string };
  const named = /'([^']+)'/u.exec(message)?.[1]?.split(' ')[0] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const [suggestion] = nearest(named, optionSpellings(options), 1);
      return suggestion !== undefined
        ? new UsageError('cli.args.unknown_option.suggest', { option: named, suggestion })
        : new UsageError('cli.args.unknown_option', { option: named });
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError('cli.args.option_value', { option: named });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError('cli.args.unexpected', { value: named });
    default:
      return new UsageError('cli.args.invalid', { detail: message });
  }
}

/**
 * A Chinese input method types -- as —— (two em dashes) or －－ (full-width): `——plan` is the option --plan when the
 * command has one of that name; any other word is left as it is.
 */
function withAsciiDashes(args: readonly string[], options: Options): string[] {
  return args.map((arg) => {
    const typed = /^(?:——|－－|—|－)([A-Za-z][A-Za-z-]*)(=.*)?$/su.exec(arg);
    const name = typed?.[1];
    return name !== undefined && name in options ? `--${name}${typed?.[2] ?? ''}` : arg;
  });
}

/**
 * node:util parseArgs with our usage errors: unknown options and missing values say what is wrong. A command that
 * takes only options refuses a word beside them (`--plan a b`: b would otherwise be dropped without a word).
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: withAsciiDashes(args, options), options, allowPositionals, strict: true });
  } catch (error) {
    throw argsRefusal(error, options);
  }
}

/** What an option holds, for the refusal that names it missing. */
export type OptionWhat = 'plan' | 'region' | 'year' | 'output_file' | 'output_folder';

export function requireOption(value: string | undefined, flag: string, what: OptionWhat): string {
  if (value === undefined || value === '') throw new UsageError('cli.args.missing', { flag, what: { code: `cli.args.what.${what}`, params: {} } });
  return value;
}

/** A year typed as 2025, 2025年 or ２０２５. */
export function yearOption(value: string | undefined, flag: string): number {
  const parsed = parseYear(requireOption(value, flag, 'year'));
  if (!parsed.ok) throw new UsageError(parsed.problem.code, parsed.problem.params);
  return parsed.value;
}

/** An output workbook name: it must end in .xlsx. */
export function xlsxOutputOption(value: string | undefined, flag: string): string {
  const checked = checkXlsxOutput(requireOption(value, flag, 'output_file'));
  if (!checked.ok) throw new UsageError(checked.problem.code, checked.problem.params);
  return checked.value;
}
