/**
 * What travels with the workbook outside its reporting sheets and must not: a macro project, links to other
 * workbooks, embedded or linked OLE objects, linked pictures, data connections, links out of the workbook, defined
 * names and formulas on other sheets (the cover, _meta) that leave the workbook or run something. A return is
 * typed values on the generated form, which holds none of these.
 */
import { formulaDangers } from '../../formulas';
import { a1, METADATA } from '../../form';
import type { WorkbookFacts } from '../facts';
import type { ReaderObservation } from '../types';
import { forEachCell, type SheetGrid } from './grid';

const PARTS: ReadonlyArray<[RegExp, ReaderObservation['code']]> = [
  [/(?:^|\/)vbaProject\.bin$|^xl\/(?:macrosheets|dialogsheets)\/|vbaProjectSignature/iu, 'dangerous.macro_project'],
  [/^xl\/externalLinks\/[^/]+\.xml$/iu, 'dangerous.external_link'],
  [/^xl\/(?:embeddings|activeX)\/[^/]+$/iu, 'dangerous.ole_object'],
  [/^xl\/connections\.xml$|^xl\/queryTables\//iu, 'dangerous.data_connection'],
  // A ribbon of its own (customUI/customUI14.xml): its buttons and onLoad call macros by name, here or in an add-in.
  [/^customUI\/|(?:^|\/)customUI\d*\.xml$/iu, 'dangerous.custom_ui'],
];

function partObservations(facts: WorkbookFacts): ReaderObservation[] {
  return facts.parts.flatMap((part) => {
    const match = PARTS.find(([pattern]) => pattern.test(part));
    return match === undefined ? [] : [{ code: match[1], found: part }];
  });
}

/** The finding for a part reached by a relationship of its kind (readWorkbookPackage's relatedParts). */
const RELATED: Readonly<Record<string, ReaderObservation['code']>> = {
  vbaProject: 'dangerous.macro_project', vbaProjectSignature: 'dangerous.macro_project', xlMacrosheet: 'dangerous.macro_project',
  xlIntlMacrosheet: 'dangerous.macro_project', dialogsheet: 'dangerous.macro_project', connections: 'dangerous.data_connection',
  queryTable: 'dangerous.data_connection', externalLink: 'dangerous.external_link', oleObject: 'dangerous.ole_object', package: 'dangerous.ole_object',
  control: 'dangerous.ole_object', activeXControl: 'dangerous.ole_object', activeXControlBinary: 'dangerous.ole_object', extensibility: 'dangerous.custom_ui',
};

/** Such parts named outside the folders PARTS knows them by: Excel finds a macro project by its relationship, not its name. */
function relatedObservations(facts: WorkbookFacts): ReaderObservation[] {
  const named = new Set(facts.parts.filter((part) => PARTS.some(([pattern]) => pattern.test(part))).map((part) => part.toLowerCase()));
  const seen = new Set<string>();
  return (facts.relatedParts ?? []).flatMap((related) => {
    const code = RELATED[related.type];
    const key = related.target.toLowerCase();
    if (code === undefined || named.has(key) || seen.has(key)) return [];
    seen.add(key);
    return [{ code, found: related.target, detail: `${related.part} (${related.type})` }];
  });
}

function targetCode(type: string): ReaderObservation['code'] {
  if (type === 'image') return 'dangerous.linked_picture';
  if (type === 'oleObject' || type === 'package') return 'dangerous.ole_object';
  if (type === 'hyperlink') return 'dangerous.hyperlink';
  return 'dangerous.external_link';
}

/** A hyperlink whose cell is known is said with it (the sheet and cell a county looks for, decision 0263). */
function targetObservations(facts: WorkbookFacts): ReaderObservation[] {
  return facts.externalTargets.map((target) => (target.place === undefined || target.type !== 'hyperlink'
    ? { code: targetCode(target.type), found: target.target.slice(0, 200), detail: `${target.part} (${target.type})` }
    : { code: 'dangerous.hyperlink_at', found: target.target.slice(0, 200), detail: target.place }));
}

function nameObservations(facts: WorkbookFacts): ReaderObservation[] {
  return facts.definedNames.flatMap((name) => {
    const dangers = formulaDangers(name.formula);
    if (dangers.length === 0) return [];
    return [{ code: 'dangerous.defined_name' as const, found: `${name.name} = ${name.formula.slice(0, 200)}`, detail: dangers.join(', ') }];
  });
}

/** Formulas on sheets that are not read as reporting sheets (the cover, _meta, any other). */
function otherSheetObservations(sheets: readonly SheetGrid[]): ReaderObservation[] {
  const observations: ReaderObservation[] = [];
  for (const grid of sheets) {
    forEachCell(grid, (cell, row, col) => {
      if (cell.formula === undefined) return;
      const dangers = formulaDangers(cell.formula);
      if (dangers.length > 0) observations.push({ code: 'dangerous.formula_elsewhere', found: `${grid.name}!${a1(row, col)}: =${cell.formula.slice(0, 200)}`, detail: dangers.join(', ') });
    });
  }
  return observations;
}

/**
 * Formulas no cell shows that an office suite still computes: conditional formats' and validations' formulas (a
 * WEBSERVICE there sends cell contents away as the sheet is coloured), and cells covered by a merge.
 */
function unseenFormulaObservations(facts: WorkbookFacts): ReaderObservation[] {
  const observations: ReaderObservation[] = [];
  for (const sheet of facts.sheets) {
    const formulas = [
      ...sheet.conditionalFormats.flatMap((format) => format.formulas.map((formula) => ({ address: format.ref, formula }))),
      ...sheet.validations.flatMap((validation) => validation.formulae.map((formula) => ({ address: validation.ref, formula }))),
      ...(sheet.formulasUnderMerges ?? []),
    ];
    for (const { address, formula } of formulas) {
      const dangers = formulaDangers(formula);
      if (dangers.length > 0) observations.push({ code: 'dangerous.formula_elsewhere', found: `${sheet.name}!${address}: =${formula.slice(0, 200)}`, detail: dangers.join(', ') });
    }
  }
  return observations;
}

/**
 * The metadata sheet is very hidden on the form: shown, it invites the edits the checks then have to find.
 * Merely hidden is what LibreOffice writes on saving (it has no very hidden), and is not a finding.
 */
function metadataShown(facts: WorkbookFacts): ReaderObservation[] {
  const meta = facts.sheets.find((sheet) => sheet.name === METADATA.sheetName);
  return meta?.state === 'visible' ? [{ code: 'form.metadata_visible', found: meta.state }] : [];
}

/**
 * A structure lock (or a password) on the workbook: the form sets none, and a county's lock stops the reviewer's
 * tools adding, renaming or unhiding sheets (annotating, regenerating) without the county's password.
 */
function workbookLocked(facts: WorkbookFacts): ReaderObservation[] {
  const lock = facts.workbookProtection;
  if (lock === undefined || lock === null || !(lock.lockStructure || lock.lockWindows || lock.password)) return [];
  const what = [lock.lockStructure ? 'lockStructure' : '', lock.lockWindows ? 'lockWindows' : '', lock.password ? 'password' : ''].filter((part) => part !== '');
  return [{ code: 'form.workbook_locked', detail: what.join(', ') }];
}

/** The workbook's dangers found outside the reporting sheets, each once. */
export function packageObservations(facts: WorkbookFacts | undefined, otherSheets: readonly SheetGrid[]): ReaderObservation[] {
  const fromFacts = facts === undefined ? [] : [
    ...partObservations(facts), ...relatedObservations(facts), ...targetObservations(facts), ...nameObservations(facts), ...unseenFormulaObservations(facts), ...metadataShown(facts), ...workbookLocked(facts),
  ];
  return [...fromFacts, ...otherSheetObservations(otherSheets)];
}
