/**
 * What a workbook's package says beyond its cells: which parts it holds, its defined names, each sheet's state,
 * hidden rows and columns, number formats of entry cells, conditional formats, data validations, protection and
 * the cells left unlocked. The file reader (src/xlsx) fills these plain facts; the checks compare them with the
 * form regenerated from the metadata, so that what a county sees is what is stored, and nothing dangerous travels.
 */

/** As the workbook part states it (the layout's SheetVisibility, spelled here to keep returns free of layout). */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface DefinedNameFact {
  name: string;
  formula: string;
  /** The sheet a local name belongs to; null for a workbook-wide name. */
  sheet: string | null;
  hidden: boolean;
}

export interface ConditionalFormatFact {
  ref: string;
  type: string;
  operator: string | null;
  formulas: string[];
  priority: number;
  stopIfTrue: boolean;
  /** The look it applies (from styles' dxfs), as ARGB texts; null when none. */
  fill: string | null;
  fontColor: string | null;
  /** A number format the rule applies: it can change what a cell shows. */
  numberFormat: string | null;
}

export interface DataValidationFact {
  ref: string;
  type: string;
  operator: string | null;
  formulae: string[];
  allowBlank: boolean;
  showErrorMessage: boolean;
  errorStyle: string;
}

export interface ProtectionFact {
  /** Whether the element says the sheet is protected (sheet="1"/"true"). */
  sheet: boolean;
  /** A password (legacy hash or hashed value) is set. */
  password: boolean;
}

/** A relationship that points outside the package (a linked picture, a linked OLE object, an external workbook). */
export interface ExternalTargetFact {
  /** The part whose relationship it is. */
  part: string;
  type: string;
  target: string;
  /** A hyperlink's cell, with its sheet ('Sheet1!Q15'), when the sheet's part says which cell holds it. */
  place?: string;
}

export interface SheetFacts {
  name: string;
  state: SheetState;
  /** 0-based rows and columns marked hidden (or of zero height/width). */
  hiddenRows: number[];
  hiddenColumns: number[];
  protection: ProtectionFact | null;
  conditionalFormats: ConditionalFormatFact[];
  validations: DataValidationFact[];
  /** Cells whose style leaves them unlocked, as A1 addresses. */
  unlockedCells: string[];
  /** OLE objects and controls embedded in the sheet, by their program id or part. */
  oleObjects: string[];
  /**
   * Formulas of cells a merge covers (not read as cells: only a merge's first cell shows), as A1 address and text.
   * An office suite still computes them, so a DDE link or WEBSERVICE hidden under a merge is live.
   */
  formulasUnderMerges?: Array<{ address: string; formula: string }>;
  /**
   * Cells holding a value their style makes unreadable: a font of at most 2 pt, a font colour one cannot tell from
   * the fill (white on white), a run of a rich text so coloured. `found` is the value, `reason` what hides it.
   */
  hiddenByStyle?: Array<{ address: string; found: string; reason: StyleHiding }>;
  /** Pictures, shapes, text boxes and charts of the sheet's drawing, by the cells they lie over (the form has none). */
  drawings?: DrawingFact[];
  /** The sheet is set not to show zero values (the form shows them): a 0 typed looks like an empty cell. */
  zerosHidden?: true;
}

/** The cells a drawing lies over: 0-based rows and columns, inclusive. */
export interface DrawingFact {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * What makes a cell's value unreadable: a tiny font, a font colour one cannot tell from the fill, or the alignment
 * 填充 (Fill), which repeats the value across the cell (678 shown as 678678); `run` when one run of a rich text is so styled.
 */
export type StyleHiding = ({ kind: 'tiny_font'; size: number } | { kind: 'colour'; color: string; fill: string } | { kind: 'repeated' }) & { run?: string };

/** The workbook's own protection (`<workbookProtection>`): the form sets none. */
export interface WorkbookProtectionFact {
  lockStructure: boolean;
  lockWindows: boolean;
  /** A password (legacy hash or hashed value) is set. */
  password: boolean;
}

export interface WorkbookFacts {
  /** Every part of the package, by name. */
  parts: string[];
  /** Absent or null when the workbook has none. */
  workbookProtection?: WorkbookProtectionFact | null;
  definedNames: DefinedNameFact[];
  sheets: SheetFacts[];
  externalTargets: ExternalTargetFact[];
  /**
   * Parts inside the package reached through a relationship of a kind that carries code, data connections, links or
   * embedded objects (vbaProject, xlMacrosheet, connections, externalLink, oleObject…), whatever the part is named:
   * Excel finds them by the relationship, not by the folder. Absent when there are none.
   */
  relatedParts?: ExternalTargetFact[];
}
