/**
 * What in a formula reaches outside the workbook or runs something: a reference into another file (in any
 * spelling: '[1]Sheet!A1', "'C:\dir\[x.xlsx]S'!A1", '\\server\share', 'file:', a URL), a DDE link
 * (`cmd|' /c calc'!A0`), a function that talks to the network or calls code, and INDIRECT, whose reference is
 * text built at run time and may name another file. A return is typed values and the generator's own
 * formulas, none of which does any of this: each kind found is a finding.
 */
import { functionName, tokenizeFormula, type FormulaToken } from './tokenize';
import { keptPerText } from '../util/kept';

export type FormulaDanger =
  /** A reference into another workbook or a file path. */
  | 'external_reference'
  /** A DDE link: another program asked for data (and started, when it is a command). */
  | 'dde'
  /** A function that sends to or fetches from the network (WEBSERVICE, FILTERXML, HYPERLINK, IMAGE, RTD…). */
  | 'network'
  /** A function that calls code outside the workbook (CALL, REGISTER, EXEC…). */
  | 'code'
  /** INDIRECT over text built at run time (it can name another workbook). */
  | 'indirect';

/**
 * Functions that fetch from or send to a server; PY (Python in Excel), COPILOT, TRANSLATE and DETECTLANGUAGE send the
 * cells they are given to Microsoft's online services to compute.
 */
const NETWORK = new Set(['WEBSERVICE', 'FILTERXML', 'HYPERLINK', 'RTD', 'IMAGE', 'STOCKHISTORY', 'STOCKQUOTE', 'SQL.REQUEST', 'PY', 'COPILOT', 'TRANSLATE', 'DETECTLANGUAGE']);
/**
 * Functions that call code, and the Excel 4 macro (XLM) functions a defined name can run: EVALUATE computes text built
 * at run time as a formula, FILES and DIRECTORY list the reviewer's folders, GET.* read the machine and the workbook.
 */
const CODE = new Set(['CALL', 'REGISTER', 'REGISTER.ID', 'EXEC', 'EXECUTE', 'FOPEN', 'FWRITE', 'FWRITELN', 'FREAD', 'FREADLN', 'FCLOSE', 'UNREGISTER', 'RUN', 'DDE', 'INITIATE', 'REQUEST', 'POKE', 'SEND.KEYS',
  'EVALUATE', 'FILES', 'DIRECTORY', 'HALT', 'ALERT', 'SET.NAME', 'SET.VALUE']);
/** A call into code the workbook does not hold: an XLM information function (GET.CELL, GET.WORKSPACE…) or a user-defined function (_xludf.). */
const calls = (raw: string, name: string) => CODE.has(name) || name.startsWith('GET.') || /^_xludf\./iu.test(raw);

/** Text that names a file or a place on a network rather than a sheet of this workbook. */
function namesAnotherFile(text: string): boolean {
  return /\[[^\]]*\]|^\\\\|[a-z]:[\\/]|\\\\|file:|https?:|ftp:|\.(?:xl[a-z]{1,2}|ods|csv)\b/iu.test(text);
}

function referenceLeaves(token: Extract<FormulaToken, { kind: 'reference' }>): boolean {
  // A structured reference (Table1[Col]) has brackets after a name, not before a sheet.
  if (token.prefix !== null) return namesAnotherFile(token.prefix);
  return /^\[/u.test(token.target) || /^\\\\|file:|https?:/iu.test(token.target);
}

/** INDIRECT with anything but a literal naming a place inside the workbook. */
function indirectDangers(tokens: readonly FormulaToken[], at: number): FormulaDanger[] {
  const args: FormulaToken[] = [];
  let depth = 0;
  for (let i = at + 2; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.kind === 'open') depth += 1;
    if (token.kind === 'close') {
      if (depth === 0) break;
      depth -= 1;
    }
    if (depth === 0 && token.kind === 'separator') break;
    if (token.kind !== 'space') args.push(token);
  }
  const only = args.length === 1 ? args[0] : undefined;
  if (only?.kind === 'string') return namesAnotherFile(only.value) ? ['external_reference'] : [];
  return ['indirect'];
}

function dangersOf(formula: string): FormulaDanger[] {
  const tokens = tokenizeFormula(formula);
  const found = new Set<FormulaDanger>();
  tokens.forEach((token, index) => {
    switch (token.kind) {
      case 'reference':
        if (referenceLeaves(token)) found.add('external_reference');
        break;
      case 'dde':
        found.add('dde');
        break;
      case 'function': {
        const name = functionName(token.name);
        if (NETWORK.has(name)) found.add('network');
        if (calls(token.name, name)) found.add('code');
        if (name === 'INDIRECT') indirectDangers(tokens, index).forEach((danger) => found.add(danger));
        break;
      }
      case 'unknown':
        // A '|' the tokenizer could not place is still a DDE-style link.
        if (token.text.includes('|')) found.add('dde');
        break;
      default:
        break;
    }
  });
  const order: FormulaDanger[] = ['external_reference', 'dde', 'network', 'code', 'indirect'];
  return order.filter((danger) => found.has(danger));
}

/**
 * Each kind of danger the formula holds, once, in a stable order; empty for an ordinary formula. Kept per formula
 * text (frozen, shared): a batch of returns from one form holds the same few thousand formulas in every file, each
 * tokenized once; at most 20,000 texts of 1,000 characters.
 */
export const formulaDangers = keptPerText((formula: string): readonly FormulaDanger[] => Object.freeze(dangersOf(formula)), 20_000, 1_000);
