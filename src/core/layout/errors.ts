/** Misuse of the layout functions (a layout that is not what the caller says it is). User data never throws. */
export type LayoutErrorCode = 'layout.not_a_reporting_sheet' | 'layout.unknown_style' | 'layout.duplicate_sheet_name';

export class LayoutError extends Error {
  constructor(readonly code: LayoutErrorCode, readonly detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'LayoutError';
  }
}
