import type * as AnnexModule from './commands/annex';
import type * as CatalogModule from './commands/catalog';
import type * as CheckModule from './commands/check';
import type * as ConsolidateModule from './commands/consolidate';
import type * as DemoModule from './commands/demo';
import type * as ImportModule from './commands/import';
import type * as NotationModule from './commands/notation';
import type * as TemplateModule from './commands/template';
import type * as PathsModule from './paths';
import fs from 'node:fs';
import path from 'node:path';
import { localeOf, UsageError } from './args';
import { EXIT, processIo, type CommandIo } from './io';
import { failureText } from './failure';
import { translate } from '../core/i18n';
import { nearest } from '../core/arguments';

type Command = (args: string[], io: CommandIo) => Promise<number>;

/* eslint-disable @typescript-eslint/no-require-imports -- a command's module (and ExcelJS with it) loads only when
   that command runs, so `--help` and `notation` start fast (decision 0040). */
const COMMANDS: Record<string, { load: () => Command; summary: string }> = {
  notation: { load: () => (require('./commands/notation') as typeof NotationModule).notationCommand, summary: '解读单元格写法 read a cell notation as JSON ("<text>", or one text per line on stdin)' },
  catalog: { load: () => (require('./commands/catalog') as typeof CatalogModule).catalogCommand, summary: '规划指标目录 the plans\' indicator catalog: list | show <plan-id> | lint [files] | export --json' },
  template: { load: () => (require('./commands/template') as typeof TemplateModule).templateCommand, summary: '生成填报工作簿 a reporting workbook (.xlsx): --plan --region --year -o [--merge]' },
  check: { load: () => (require('./commands/check') as typeof CheckModule).checkCommand, summary: '校验报表 check returns: <files|folders> [--report r.xlsx] [--json r.json] [--annotate]' },
  consolidate: { load: () => (require('./commands/consolidate') as typeof ConsolidateModule).consolidateCommand, summary: '汇总各地报表 consolidate county returns: <files|folders> -o city.xlsx' },
  demo: { load: () => (require('./commands/demo') as typeof DemoModule).demoCommand, summary: '完整演示 a yearly cycle on sample returns of 绍兴 and 舟山 (2024 → 2025 --from, revisions, city, province): -o <folder>' },
  import: { load: () => (require('./commands/import') as typeof ImportModule).importCommand, summary: '导入规划指标表 a plan\'s indicator tables (text, HTML, .docx, .xlsx): <file|-> --json | -o plan.yaml' },
  annex: { load: () => (require('./commands/annex') as typeof AnnexModule).annexCommand, summary: '生成规划附表 the plan\'s annex and completion tables: --plan [--returns files] -o annex.xlsx' },
};
/* eslint-enable @typescript-eslint/no-require-imports */

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `plan-indicators — 科技创新规划指标填报、校验与附表工具 / indicators of Zhejiang's S&T plans

用法 Usage: plan-indicators <command> [options]

${lines.join('\n')}

plan-indicators <command> --help 查看各命令的用法 each command's usage；--version 版本 the version.
`;
}

/** The version package.json gives (read only when asked: --help starts without it). */
function packageVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PACKAGE_ROOT } = require('./paths') as typeof PathsModule;
  return (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Runs one command line; resolves to the exit status. */
export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  // `help check` is `check --help`, as git and npm read it.
  if (name === 'help' && args[0] !== undefined && args[0] in COMMANDS) return main([args[0], '--help'], io);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v' || name === '-V' || name === 'version') {
    io.stdout(`plan-indicators ${packageVersion()}\n`);
    return EXIT.ok;
  }
  // Every refusal and failure is worded in the language asked for, wherever --lang stands.
  const locale = localeOf(args);
  const command = COMMANDS[name];
  if (!command) {
    const [suggestion] = nearest(name.toLowerCase(), Object.keys(COMMANDS).map((key) => ({ key, label: key })), 1);
    const refusal = suggestion !== undefined
      ? translate(locale, 'cli.unknown_command.suggest', { name, suggestion })
      : translate(locale, 'cli.unknown_command', { name });
    io.stderr(`${refusal}\n\n${helpText()}`);
    return EXIT.usage;
  }
  try {
    return await command.load()(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${translate(locale, error.refusal.code, error.refusal.params)}\n${error.usage}`);
      return EXIT.usage;
    }
    io.stderr(failureText(error, locale));
    return EXIT.unreadable;
  }
}
