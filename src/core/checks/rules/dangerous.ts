import { observationOutcomes } from './observations';
import type { SheetRule } from '../rule';

/**
 * Error: something in the workbook reaches outside it or runs code — a formula into another file or the network,
 * a DDE link, a call into a library, INDIRECT over built text, a macro project, links to other workbooks, OLE
 * objects, linked pictures, data connections. None of it is on the generated form, and it must not travel on
 * to the reviewer who opens the file (what the tools write carries values only).
 */
export const dangerous: SheetRule = {
  id: 'dangerous',
  scope: 'sheet',
  severity: 'error',
  description: 'No formula, name or part reaches outside the workbook or runs code.',
  codes: [
    'dangerous.external_reference', 'dangerous.dde', 'dangerous.network', 'dangerous.code', 'dangerous.indirect', 'dangerous.defined_name',
    'dangerous.formula_elsewhere', 'dangerous.macro_project', 'dangerous.external_link', 'dangerous.ole_object', 'dangerous.linked_picture',
    'dangerous.data_connection', 'dangerous.hyperlink', 'dangerous.hyperlink_at', 'dangerous.custom_ui',
  ],
  run: (view) => observationOutcomes(view, (code) => code.startsWith('dangerous.')),
};
