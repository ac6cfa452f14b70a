import { LineCounter, parseDocument } from 'yaml';

export interface ParsedDocument {
  data: unknown;
  syntaxErrors: Array<{ line: number | undefined; message: string }>;
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

/** Reads YAML or JSON (JSON is YAML 1.2) keeping positions, so that problems can name their line. */
export function parseYamlOrJson(text: string): ParsedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((error) => ({
    line: error.linePos?.[0]?.line,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  return {
    data: syntaxErrors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 }),
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
