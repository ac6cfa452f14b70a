import type { Coded, MessageCode } from '../i18n';
import type { Alias, Document, LineCounter } from 'yaml';
import { yamlLibrary } from '../util/yamlLibrary';

export interface ParsedDocument {
  data: unknown;
  /** `code` is the parser's (yaml's ErrorCode: BAD_INDENT, DUPLICATE_KEY…; ALIAS for an alias that cannot be built). */
  syntaxErrors: Array<{ line: number | undefined; message: string; code: string }>;
  /** 1-based line of the node at a JSON pointer, or of its nearest ancestor that exists. */
  lineOf(pointer: string): number | undefined;
}

function segments(pointer: string): Array<string | number> {
  return pointer
    .replace(/^#/u, '')
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/gu, '/').replace(/~0/gu, '~'))
    .map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
}

/** The line of the alias to blame: the first one without its anchor, else the first one. */
function aliasLine(doc: Document, lineCounter: LineCounter): number | undefined {
  let first: Alias | undefined;
  let unresolved: Alias | undefined;
  yamlLibrary().visit(doc, {
    Alias(_key, node) {
      first ??= node;
      if (unresolved === undefined && node.resolve(doc) === undefined) unresolved = node;
    },
  });
  const offset = (unresolved ?? first)?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

const SYNTAX_REASONS: Record<string, MessageCode> = {
  BAD_INDENT: 'catalog.reason.syntax.indent', TAB_AS_INDENT: 'catalog.reason.syntax.indent', DUPLICATE_KEY: 'catalog.reason.syntax.duplicate_key',
  MISSING_CHAR: 'catalog.reason.syntax.unclosed', ALIAS: 'catalog.reason.syntax.alias',
  BLOCK_AS_IMPLICIT_KEY: 'catalog.reason.syntax.key', MULTILINE_IMPLICIT_KEY: 'catalog.reason.syntax.key',
};

/** A syntax error as a message of the tables; the parser's code (data) is named in each, its English wording is not. */
export function syntaxReason(error: { code: string }): Coded {
  return { code: SYNTAX_REASONS[error.code] ?? 'catalog.reason.syntax', params: { code: error.code } };
}

/** Reads YAML or JSON (JSON is YAML 1.2) keeping positions, so that problems can name their line. */
export function parseYamlOrJson(text: string): ParsedDocument {
  const yaml = yamlLibrary();
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((error) => ({
    line: error.linePos?.[0]?.line,
    message: error.message.split('\n')[0] ?? error.message,
    code: String(error.code),
  }));
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias without its anchor, or aliases that multiply (a "billion laughs" file): yaml throws while
      // building the value. That is a problem of the file, reported like a syntax error, never a crash.
      syntaxErrors.push({ line: aliasLine(doc, lineCounter), message: error instanceof Error ? error.message : String(error), code: 'ALIAS' });
    }
  }
  return {
    data,
    syntaxErrors,
    lineOf(pointer) {
      const path = segments(pointer);
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
        if (range) return lineCounter.linePos(range[0]).line;
      }
      return undefined;
    },
  };
}
