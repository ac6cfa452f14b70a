import { checkCarry } from '../../core/arguments';
import type { LoadedCatalog, PlanCatalog } from '../../core/catalog';
import { carriedFromVerdict, CELLS_NAMED, type CarriedFromVerdict } from '../../core/regenerate';
import { renderProblem, translate, type Locale } from '../../core/i18n';
import { readReturnBytes } from '../files';
import { readReturnWorkbook, regenerateReturn, type RegeneratedReturn, ReturnFileError } from '../../xlsx';
import { orUsage } from '../catalogContext';
import { UsageError } from '../args';

export interface CarryRequest {
  from: string;
  shownFrom: string;
  /** What --plan and --region said, when given: the earlier return must be for them. */
  plans?: readonly PlanCatalog[];
  region?: { name: string; code: string };
  reportingYear: number;
  /** Cover banner of the new form (the demo's 示例数据). */
  banner?: string;
}

/** The earlier return as `check` judges it: what it carried was carried as found, not corrected or accepted. */
export type EarlierVerdict = CarriedFromVerdict | { rejected: 'unreadable'; problem: string };

export interface CarriedReturn extends RegeneratedReturn {
  earlier: EarlierVerdict;
}

async function earlierVerdict(bytes: Uint8Array, loaded: LoadedCatalog, locale: Locale): Promise<EarlierVerdict> {
  // Read as `check` reads it, so that the verdict is the one check gives.
  const read = await readReturnWorkbook(bytes);
  if (!read.ok) return { rejected: 'unreadable', problem: renderProblem(read.problem, locale) };
  return carriedFromVerdict(read.sheets, loaded);
}

/**
 * Next year's form from last year's return: the same plans and region, every actual, 说明 and foot entry carried by
 * indicator id (under the current catalog, whatever version the earlier return was made under).
 */
export async function carryForward(request: CarryRequest, loaded: LoadedCatalog, locale: Locale = 'zh-CN'): Promise<CarriedReturn> {
  const bytes = readReturnBytes(request.from);
  if (!bytes.ok) throw new UsageError('cli.file_refused', { file: request.shownFrom, problem: { code: bytes.problem.messageCode, params: bytes.problem.params } });
  // The earlier return is read once to learn what it is for; regenerateReturn reads it again to carry it.
  let probe: RegeneratedReturn;
  try {
    probe = await regenerateReturn(bytes.bytes, loaded);
  } catch (error) {
    if (error instanceof ReturnFileError) throw new UsageError('cli.file_refused', { file: request.shownFrom, problem: { code: error.problem.messageCode, params: error.problem.params } });
    throw error;
  }
  const basis = checkCarry(probe.previous, {
    reportingYear: request.reportingYear, ...(request.plans === undefined ? {} : { plans: request.plans }), ...(request.region === undefined ? {} : { region: request.region }),
  }, loaded.catalog.plans, request.shownFrom);
  orUsage(basis);
  const carried = await regenerateReturn(bytes.bytes, loaded, { reportingYear: request.reportingYear, withCover: true, ...(request.banner === undefined ? {} : { banner: request.banner }) });
  return { ...carried, earlier: await earlierVerdict(bytes.bytes, loaded, locale) };
}

/** What was carried, in the words of the locale tables. */
export function carriedLines(result: CarriedReturn, written: string, shownFrom: string, catalogVersion: string, locale: Locale = 'zh-CN'): string[] {
  const first = result.previous[0];
  const lines = [translate(locale, 'carry.written', {
    file: written, from: shownFrom, fromYear: String(first?.reportingYear ?? ''),
    actuals: result.carriedByField.actual, explanations: result.carriedByField.explanation, footer: result.carriedByField.footer,
  })];
  const versions = [...new Set(result.previous.map((meta) => meta.catalogVersion))].filter((version) => version !== catalogVersion);
  const separator = translate(locale, 'cli.list_separator');
  if (versions.length > 0) lines.push(translate(locale, 'carry.catalog_changed', { from: versions.join(separator), to: catalogVersion }));
  if (result.notCarried.length > 0) {
    const cells = result.notCarried.map((value) => {
      const cell = `${value.sheet}!${value.address}`;
      return value.year === null ? cell : translate(locale, 'carry.cell_of_year', { cell, year: String(value.year) });
    }).join(separator);
    lines.push(translate(locale, 'carry.not_carried', { count: result.notCarried.length, cells }));
  }
  const { earlier } = result;
  if (earlier.rejected === 'unreadable') lines.push(translate(locale, 'carry.previous_unchecked', { from: shownFrom, problem: earlier.problem }));
  if (earlier.rejected === true) {
    const named = earlier.cells.slice(0, CELLS_NAMED).join(separator);
    const more = earlier.cells.length > CELLS_NAMED ? translate(locale, 'carry.more_cells', { count: earlier.cells.length - CELLS_NAMED }) : '';
    const counts = { from: shownFrom, errors: earlier.errors, warnings: earlier.unexplained };
    lines.push(named === '' ? translate(locale, 'carry.previous_rejected_whole', counts) : translate(locale, 'carry.previous_rejected', { ...counts, cells: `${named}${more}` }));
  }
  return lines;
}
