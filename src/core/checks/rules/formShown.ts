import { observationOutcomes } from './observations';
import type { SheetRule } from '../rule';

/**
 * What the county sees is what is stored. Error: a number format that hides or replaces the value, a reporting
 * sheet hidden, rows or columns of the form hidden, the status colours changed, a password on the protection,
 * locked cells of the form unlocked — each makes the sheet show something other than what the checks read.
 * Warning: the data validation changed or removed — every value is checked again here whatever the sheet
 * allowed, so nothing false passes; the form just no longer stops the next person's typing mistakes. A sheet beside
 * the form showing its title or an indicator's name (form.sheet_lookalike): nothing false is read, but a reviewer may
 * read the sheet for the return; like content beside the form (decision 0125), the return goes back until it is gone.
 */
const WARNINGS = new Set<string>(['form.validation_changed', 'form.workbook_locked', 'form.sheet_lookalike']);
export const formShown: SheetRule = {
  id: 'form_shown',
  scope: 'sheet',
  severity: 'error',
  description: 'The sheet shows what it stores: no hiding formats, hidden rows, columns or sheets, changed colours, validations or protection.',
  codes: [
    'form.number_format_hides', 'form.sheet_hidden', 'form.row_hidden', 'form.columns_hidden', 'form.protection_password',
    'form.conditional_formats_changed', 'form.validation_changed', 'form.cell_unlocked', 'form.metadata_visible',
    'form.workbook_locked', 'form.style_hides', 'form.number_format_changed', 'form.sheet_lookalike', 'form.drawing_over',
    'form.zeros_hidden', 'form.number_format_changed_general',
  ],
  run: (view) => observationOutcomes(view, (code) => code.startsWith('form.'), (code) => (WARNINGS.has(code) ? 'warning' : undefined)),
};
