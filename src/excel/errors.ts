import type { MessageParams } from '../core/i18n';

/**
 * What the adapter refuses to do, as codes the pane words from the locale tables (src/core/i18n). Excel's own
 * errors (OfficeExtension.Error) pass through unchanged: the pane shows their message as Excel worded it.
 */
export type ExcelAdapterErrorCode =
  /** A sheet to write has the name of a sheet that stays (not listed in replaceSheets). */
  | 'excel.sheet_exists'
  /** The workbook's structure is protected: sheets cannot be added, renamed or deleted. */
  | 'excel.workbook_protected'
  /** A sheet to mark refuses to be unprotected (it has a password): nothing was marked on any sheet. */
  | 'excel.sheet_locked'
  /** The host lacks ExcelApi 1.8. */
  | 'excel.unsupported_host'
  /** No such sheet in the workbook. */
  | 'excel.sheet_missing'
  /** The selection is larger than the import reads at once. */
  | 'excel.selection_too_large';

/** `code` is a message code of the locale tables; `params` fill it (translate(locale, error.code, error.params)). */
export class ExcelAdapterError extends Error {
  constructor(readonly code: ExcelAdapterErrorCode, readonly params: MessageParams = {}) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = 'ExcelAdapterError';
  }
}
