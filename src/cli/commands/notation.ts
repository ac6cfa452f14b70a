import { parseNotation, type NotationResult } from '../../core/notation';
import { EXIT, type CommandIo } from '../io';
import { isHelpFlag, withoutLang } from '../args';

/**
 * A reading as JSON: the ParsedNotation union itself — `kind` and the fields of that kind only (`value`, `low`/`high`,
 * `margin`/`reference`/`relation`…), the common ones (`estimated`, `marks`, `unit`, `raw`) and a flag only when set.
 */
function toJson(result: NotationResult): string {
  return JSON.stringify(result.ok ? result.value : { error: result.error });
}

/** `notation "<text>"` prints one JSON object; with no text, one per line of standard input, in order. */
const USAGE = `用法 Usage:
  plan-indicators notation "<单元格文字>"       解读一个单元格的写法，输出 JSON read one cell's notation as JSON
  plan-indicators notation < 文件.txt          每行一个，逐行输出 JSON one text per line of standard input
`;

export async function notationCommand(given: string[], io: CommandIo): Promise<number> {
  // A reading is codes, in no language; --lang, which every command takes, is not part of the text.
  const args = withoutLang(given);
  if (args.length === 1 && isHelpFlag(args[0] ?? '')) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (args.length > 0) {
    const result = parseNotation(args.join(' '));
    io.stdout(`${toJson(result)}\n`);
    return result.ok ? EXIT.ok : EXIT.errors;
  }
  const input = await io.readStdin();
  const lines = input.split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  let failures = 0;
  for (const line of lines) {
    const result = parseNotation(line);
    if (!result.ok) failures++;
    io.stdout(`${toJson(result)}\n`);
  }
  return failures > 0 ? EXIT.errors : EXIT.ok;
}
