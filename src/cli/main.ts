import { catalogCommand } from './commands/catalog';
import { notationCommand } from './commands/notation';
import { EXIT, processIo, type CommandIo } from './io';

type Command = (args: string[], io: CommandIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  notation: { run: notationCommand, summary: '解读单元格写法 read a cell notation as JSON ("<text>", or one text per line on stdin)' },
  catalog: { run: catalogCommand, summary: '规划指标目录 the plans\' indicator catalog: list | show <plan-id> | lint [files] | export --json' },
};

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `plan-indicators — 科技创新规划指标填报、校验与附表工具 / indicators of Zhejiang's S&T plans

用法 Usage: plan-indicators <command> [options]

${lines.join('\n')}

plan-indicators <command> --help 查看各命令的用法。
`;
}

/** Runs one command line; resolves to the exit status. */
export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`未知命令 “${name}”。 Unknown command "${name}".\n\n${helpText()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.stderr(`出错了：${(error as Error).message}\nError: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.unreadable;
  }
}
