/**
 * What the host's Excel API can do. The manifest asks only for ExcelApi 1.1, so every Excel opens the pane; below
 * 1.8 (data validation) the add-in cannot write a reporting sheet that checks what is typed, and the pane offers
 * the .xlsx path instead. Newer
 * sets only add to what a sheet carries (print setup, comments, notes), so they are asked for one by one.
 * Perpetual Office stops at 1.7 (2019), 1.14 (2021), 1.17 (2024); notes (1.18) are Microsoft 365 only.
 */

/** Office.context.requirements.isSetSupported, or a stand-in (tests, the browser). */
export type SupportCheck = (set: string, version: string) => boolean;

/** A requirement set the host lacks, and the message code (src/core/i18n) that tells the user what follows. */
export interface MissingFeature {
  set: 'ExcelApi';
  version: string;
  code: RequirementCode;
}

export type RequirementCode =
  | 'excel.requirement.data_validation'
  | 'excel.requirement.conditional_formats'
  | 'excel.requirement.print_setup'
  | 'excel.requirement.comments'
  | 'excel.requirement.notes'
  | 'excel.requirement.settings'
  | 'excel.requirement.change_events';

/** How findings are marked on a sheet: notes (1.18), else threaded comments (1.10), else a coloured cell. */
export type AnnotationMode = 'notes' | 'comments' | 'fill';

export interface RequirementStatus {
  /** ExcelApi 1.8: the add-in can write reporting sheets into this workbook. False: offer the .xlsx file. */
  canWriteSheets: boolean;
  /** ExcelApi 1.6: rows are coloured by attainment. */
  conditionalFormats: boolean;
  /** ExcelApi 1.9: page setup (A4 landscape, fit to width, title rows, footer) and cell indents. */
  printSetup: boolean;
  /** ExcelApi 1.10: threaded comments. */
  comments: boolean;
  /** ExcelApi 1.18: notes. */
  notes: boolean;
  /** ExcelApi 1.4: Workbook.settings (imported catalogs, the review record). */
  settings: boolean;
  /** ExcelApi 1.7: worksheet onChanged (the status list follows typing). */
  changeEvents: boolean;
  annotation: AnnotationMode;
  /** What is missing, most important first, as codes the pane words from the locale tables. */
  missing: MissingFeature[];
}

const FEATURES: ReadonlyArray<{ key: 'canWriteSheets' | 'conditionalFormats' | 'printSetup' | 'comments' | 'notes' | 'settings' | 'changeEvents'; version: string; code: RequirementCode }> = [
  { key: 'canWriteSheets', version: '1.8', code: 'excel.requirement.data_validation' },
  { key: 'settings', version: '1.4', code: 'excel.requirement.settings' },
  { key: 'conditionalFormats', version: '1.6', code: 'excel.requirement.conditional_formats' },
  { key: 'changeEvents', version: '1.7', code: 'excel.requirement.change_events' },
  { key: 'printSetup', version: '1.9', code: 'excel.requirement.print_setup' },
  { key: 'comments', version: '1.10', code: 'excel.requirement.comments' },
  { key: 'notes', version: '1.18', code: 'excel.requirement.notes' },
];

export function requirementStatus(isSupported: SupportCheck): RequirementStatus {
  const has = (version: string) => {
    try {
      return isSupported('ExcelApi', version);
    } catch {
      // A host that cannot even answer supports nothing we need.
      return false;
    }
  };
  const flags = Object.fromEntries(FEATURES.map((feature) => [feature.key, has(feature.version)])) as Record<(typeof FEATURES)[number]['key'], boolean>;
  return {
    ...flags,
    annotation: flags.notes ? 'notes' : flags.comments ? 'comments' : 'fill',
    missing: FEATURES.filter((feature) => !flags[feature.key]).map(({ version, code }) => ({ set: 'ExcelApi', version, code })),
  };
}

/** The host's own answer: Office.context.requirements when office.js is loaded, else nothing is supported. */
export function hostSupport(): SupportCheck {
  return (set, version) =>
    typeof Office !== 'undefined' && Office.context?.requirements !== undefined && Office.context.requirements.isSetSupported(set, version);
}
