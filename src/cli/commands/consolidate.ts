import path from 'node:path';
import { workbookReports } from '../../core/checks';
import {
  consolidate, consolidateProvince, consolidationRecord, copiedFrom, copiedValues, copiesDiffer, countyValues, firstOfEach, heldBackCounts, recordedReturns, takenFirst, unverifiedRows, type HeldBack,
  type ConsolidationFinding, type ConsolidationRecord, type CountyReturn, type CountyValues, type RecordInput,
} from '../../core/consolidation';
import type { PlanCatalog } from '../../core/catalog';
import { CONSOLIDATION } from '../../core/form';
import type { SheetLayout } from '../../core/layout';
import type { ReturnSheet, SheetGrid } from '../../core/returns';
import { sheetName } from '../../core/documents';
import { translate, type Coded, type Locale } from '../../core/i18n';
import { consolidationRecordSheetLayout, consolidationSheetLayout, recordAgainstSheets, type RecordDisagreement } from '../../core/reports';
import { findRegion, fullRegionName, regionsUnder } from '../../core/regions';
import { DEFAULT_LIMITS, isToolOutput, readConsolidationFile, readConsolidationRecord, renderSheets } from '../../xlsx';
import { localeOption, parseCommandArgs, UsageError, xlsxOutputOption } from '../args';
import { loadCatalogOrFail, plansByIds, regionOf, reportingYearOf } from '../catalogContext';
import { expandReturnFiles } from '../files';
import { refuseOutputsOnInputs, withoutOwnOutputs, writeShown } from '../outputs';
import { readRegularFile } from '../safeRead';
import { inputSet } from '../safeWrite';
import { EXIT, type CommandIo } from '../io';
import { readReturns, type ReadReturn } from '../readReturns';
import { shownPath } from '../shownPath';
import { xlsxFileBytes } from '../xlsxFile';
import { namedOtherNotes } from '../namedOtherLines';

export const CONSOLIDATE_USAGE = `用法 Usage:
  plan-indicators consolidate <报表、市汇总表或文件夹…> -o 汇总.xlsx [--plan <id>] [--year <年份>] [--city <市名或代码>] [--force] [--lang en-US]

  把各县（市、区）同一规划、同一年份的报表汇总到一张表：总量指标加总，比重类指标在分子分母齐全时重算，
  否则分地区列示并在合计栏写明缺哪些地区的分子分母；缺报的地区、报了其他规划或年份的文件、不属于该市的县逐一列出，
  不计入。不给 --plan、--year 时取多数地区报送的规划和年份（--city 默认取这些报表所属的市）。
  报表来自多个市（或 --city 浙江省）时汇总到全省：全省一张表（各市合计并列），每市一张表；
  同一县报了两次只计一次；两份都通过校验而数值不同的指标标“待核实”，写明两个文件和两个数值。
  未通过校验的数值（含比重的分子、分母）标“待核实”，不计入合计。
  也可直接给出 consolidate 生成的市汇总表文件（须逐个写明文件名；文件夹中的汇总表不读）：按其中各县的数值汇总到全省，
  比重由分子分母重算；某县既在市汇总表中又单独给出时，以单独的报表为准，只计一次。已存在的输出文件只有加 --force 才替换。

  Consolidates county returns of one plan and year: totals summed, shares recomputed from their parts, missing
  counties and returns of another plan or year named; without --plan/--year, the plan and year most regions reported.
  Returns of several cities (or --city 浙江省) give the province: a province sheet and a sheet per city. Values that
  failed the checks (a share's numerator and denominator too) are marked 待核实 and left out of the totals, as are
  values two accepted returns of one county give differently; counties of another city are left out and named.
  Cities' consolidation files named one by one are read too. An existing output is replaced only with --force;
  --lang en-US: messages in English.
`;

function findingText(finding: ConsolidationFinding, locale: Locale, plans: readonly PlanCatalog[] = []): string {
  // Another plan's return names the plans as their documents do, not by the catalog's ids.
  const detail = finding.code === 'consolidate.other_plan'
    ? finding.detail.split(', ').map((id) => plans.find((plan) => plan.plan.id === id)?.plan.title ?? id).join(translate(locale, 'consolidate.plan_titles_separator'))
    : finding.detail;
  return translate(locale, finding.code, { source: finding.source ?? '', region: finding.region ?? '', detail });
}

/**
 * The value (a plan, a year) the most regions reported, counting each region once; a tie goes to the first in
 * `order`. Undefined when no sheet has metadata.
 */
function mostReported<T>(entries: readonly CountyReturn[], valuesOf: (meta: NonNullable<ReturnSheet['metadata']>) => T[], order: (a: T, b: T) => number): T | undefined {
  const regions = new Map<T, Set<string>>();
  for (const { sheet } of entries) {
    const meta = sheet.metadata;
    if (meta === null || meta.merged) continue;
    for (const value of valuesOf(meta)) regions.set(value, (regions.get(value) ?? new Set()).add(meta.region.code));
  }
  return [...regions].sort(([a, first], [b, second]) => second.size - first.size || order(a, b))[0]?.[0];
}

export async function consolidateCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' }, plan: { type: 'string' }, year: { type: 'string' }, city: { type: 'string' },
    lang: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(CONSOLIDATE_USAGE);
    return EXIT.ok;
  }
  const locale: Locale = localeOption(values.lang);
  if (positionals.length === 0) throw new UsageError('cli.consolidate.no_inputs', {}, CONSOLIDATE_USAGE);
  const output = path.resolve(io.cwd, xlsxOutputOption(values.output, '-o'));
  const loaded = loadCatalogOrFail(io, locale);
  const files = await withoutOwnOutputs(expandReturnFiles(positionals, io.cwd), { output: values.output }, io.cwd);
  // An empty folder has no return to take a plan from: said as check says it, not as a return without its record.
  if (files.length === 0) throw new UsageError('cli.check.no_files');
  const inputs = inputSet(files);
  refuseOutputsOnInputs({ output: values.output }, inputs, io.cwd, io.outputFs);
  const { records, returnFiles, notConsolidations } = await namedConsolidations(files, positionals, io.cwd);
  // Each workbook that may hold a sheet of the plan is checked whole as it is read (its cover names all its sheets);
  // what consolidation keeps of a sheet is its name, its metadata and its values as each plan it may be consolidated
  // under reads them (decision 0215): not its cells, nor the grids the checks read (a province's batch held them all).
  const checkedRows = new Map<ReturnSheet, { code: string | undefined; rows: Record<string, Coded> }>();
  const valuesOf = new Map<ReturnSheet, ReadonlyMap<string, CountyValues>>();
  const givenPlan = values.plan === undefined ? undefined : plansByIds(loaded, values.plan)[0];
  const mayBeTaken = (sheet: ReturnSheet) => sheet.metadata !== null && !sheet.metadata.merged && (givenPlan === undefined || sheet.metadata.planIds.includes(givenPlan.plan.id));
  const plansOf = (sheet: ReturnSheet): PlanCatalog[] => givenPlan === undefined
    ? loaded.catalog.plans.filter((candidate) => sheet.metadata?.planIds.includes(candidate.plan.id) === true)
    : [givenPlan];
  const checkAsRead = (file: ReadReturn): ReadReturn => {
    const kept = file.sheets.map(compactSheet);
    file.sheets.forEach((sheet, index) => {
      const keptSheet = kept[index];
      const year = sheet.metadata?.reportingYear;
      if (keptSheet !== undefined && year !== undefined && mayBeTaken(sheet)) {
        valuesOf.set(keptSheet, new Map(plansOf(sheet).map((candidate) => [candidate.plan.id, countyValues(sheet, candidate, year)])));
      }
    });
    if (file.sheets.some(mayBeTaken)) {
      workbookReports(file.sheets, loaded).forEach(({ sheet, report }, index) => {
        const keptSheet = kept[index];
        if (keptSheet !== undefined) checkedRows.set(keptSheet, { code: sheet.metadata?.region.code, rows: unverifiedRows(report) });
      });
    }
    return { file: file.file, sheets: kept };
  };
  // A consolidation file found in a folder is not read (decision 0140), but said: its counties are not in this one.
  const folderConsolidations: string[] = [];
  const passedOver = (file: string, bytes: Uint8Array) => {
    if (readConsolidationRecord(bytes) !== null) folderConsolidations.push(file);
  };
  const { read, unreadable: unreadableReturns } = await readReturns(returnFiles, io.cwd, locale, checkAsRead, passedOver);
  const unreadable = [
    ...unreadableReturns, ...notConsolidations.map((file) => ({ file, message: translate(locale, 'cli.consolidate.not_a_consolidation') })),
    ...folderConsolidations.map((file) => ({ file, message: translate(locale, 'cli.consolidate.consolidation_in_folder') })),
  ];
  for (const file of unreadable) io.stderr(`${translate(locale, 'cli.file_problem', { file: file.file, problem: file.message })}\n`);

  // A county's own return comes before its copy in a consolidation file: the one counted is the one checked now.
  const recordedOf = (record: NamedRecord) => recordedReturns(record.record, record.file);
  const all: CountyReturn[] = [...read.flatMap((file) => file.sheets.map((sheet) => ({ source: file.file, sheet }))), ...records.flatMap(recordedOf)];
  const first = all.find((entry) => entry.sheet.metadata !== null)?.sheet.metadata ?? null;
  // Not given, the plan and year are those most regions reported (a folder of every return a county sent holds its own
  // plan's too): the first return's plan would consolidate whichever county's own plan came first.
  // No return at all among the files (an empty folder, only unreadable files): nothing to consolidate, said as such —
  // not "the returns lack their generation data" or "cannot tell the year" (decision 0251).
  if (!all.some((entry) => entry.sheet.metadata !== null) && files.length === unreadable.length) {
    io.stderr(`! ${translate(locale, 'consolidate.no_returns', { files: files.length })}\n`);
    return EXIT.errors;
  }
  const planId = values.plan ?? mostReported(all, (meta) => meta.planIds, (a, b) => a.localeCompare(b));
  if (planId === undefined) throw new UsageError('cli.consolidate.no_plan');
  const [plan] = plansByIds(loaded, planId);
  const ofPlan = all.filter((entry) => plan !== undefined && entry.sheet.metadata?.planIds.includes(plan.plan.id) === true);
  // --plan given, and no return of it: the year cannot be told because there is nothing of the plan to consolidate.
  if (plan !== undefined && values.year === undefined && ofPlan.length === 0) {
    io.stderr(`! ${translate(locale, 'consolidate.nothing_of_plan', { files: files.length, plan: plan.plan.title })}\n`);
    return EXIT.errors;
  }
  const reportingYear = values.year === undefined || plan === undefined
    ? mostReported(ofPlan, (meta) => [meta.reportingYear], (a, b) => b - a)
    : reportingYearOf(values.year, [plan]);
  if (plan === undefined || reportingYear === undefined) throw new UsageError('cli.consolidate.no_year');

  const givenCity = values.city === undefined ? undefined : findRegion(regionOf(values.city, [plan]).code);
  // A county is no level to consolidate to: its "total" would hold whatever counties were given, of any city.
  if (givenCity !== undefined && givenCity.level !== 'city' && givenCity.level !== 'province') {
    throw new UsageError('cli.consolidate.city_is_county', { region: fullRegionName(givenCity) });
  }
  const plansGiven = new Set(all.flatMap((entry) => entry.sheet.metadata?.planIds ?? []));
  const yearsGiven = new Set(all.flatMap((entry) => (entry.sheet.metadata?.planIds.includes(plan.plan.id) === true ? [entry.sheet.metadata.reportingYear] : [])));
  if ((values.plan === undefined && plansGiven.size > 1) || (values.year === undefined && yearsGiven.size > 1)) {
    io.stdout(`${translate(locale, 'cli.consolidate.plan_chosen', { plan: plan.plan.title, year: reportingYear })}\n`);
  }
  // A workbook may hold sheets of several plans: only a file without a sheet of this plan reports "another plan".
  const returnSheets = read.flatMap((file): CountyReturn[] => {
    const entries = file.sheets.map((sheet): CountyReturn => {
      const readValues = valuesOf.get(sheet)?.get(plan.plan.id);
      return readValues === undefined ? { source: file.file, sheet } : { source: file.file, sheet, values: readValues };
    });
    const ofPlan = entries.filter((entry) => entry.sheet.metadata?.planIds.includes(plan.plan.id) === true && !entry.sheet.metadata.merged);
    return ofPlan.length > 0 ? ofPlan : entries.slice(0, 1);
  });
  // A consolidation file of another plan, year or catalog version is left out whole, with one line saying why.
  const recordProblem = ({ record, sheets: shown }: NamedRecord): Coded | null => {
    if (record.planId !== plan.plan.id || record.reportingYear !== reportingYear) {
      return { code: 'cli.consolidate.record_other_plan', params: { plan: loaded.catalog.plans.find((candidate) => candidate.plan.id === record.planId)?.plan.title ?? record.planId, year: record.reportingYear } };
    }
    if (record.catalogVersion !== loaded.version) return { code: 'cli.consolidate.record_other_catalog', params: { version: record.catalogVersion, current: loaded.version } };
    // What the province counts must be what the city file shows its reviewers (decision 0247).
    const disagreement = recordAgainstSheets(record, plan, shown);
    return disagreement === null ? null : disagreementReason(disagreement);
  };
  const problems = new Map(records.map((record) => [record, recordProblem(record)]));
  const recordTexts = records.flatMap((record) => {
    const reason = problems.get(record) ?? null;
    return reason === null ? [] : [translate(locale, 'cli.consolidate.record_left_out', { file: record.file, reason })];
  });
  const usableRecords = records.filter((record) => problems.get(record) === null);
  // A sheet of the plan and year, not merged with other plans: what is consolidated.
  const consolidated = ({ metadata }: ReturnSheet) => metadata !== null && metadata.planIds.includes(plan.plan.id) && !metadata.merged && metadata.reportingYear === reportingYear;
  // Of one county's returns, the first its checks held nothing back from is taken (takenFirst, as annex's tables take it).
  const countyOf = ({ sheet }: CountyReturn) => (consolidated(sheet) ? sheet.metadata?.region.code : undefined);
  const passed = ({ sheet }: CountyReturn) => Object.keys(checkedRows.get(sheet)?.rows ?? {}).length === 0;
  const sheets = [...takenFirst(returnSheets, countyOf, passed), ...usableRecords.flatMap(recordedOf)];
  // Not given, the city is that of the returns consolidated (the first taken): not of the first file, which may be a
  // return of another plan, nor of a city file left out, whose city would put every county given outside it.
  const firstTaken = sheets.find(({ sheet }) => consolidated(sheet))?.sheet.metadata ?? first;
  const parentCode = firstTaken ? findRegion(firstTaken.region.code)?.parent ?? undefined : undefined;
  const city = givenCity ?? (parentCode === undefined ? undefined : findRegion(parentCode));
  const expectedRegions = city === undefined || city.level === 'county' || city.level === 'district'
    ? undefined
    : regionsUnder(city.code).map((region) => ({ code: region.code, name: fullRegionName(region) }));
  const cityRegion = city === undefined ? undefined : { name: fullRegionName(city), code: city.code };
  const matching = sheets.filter(({ sheet }) => consolidated(sheet));
  if (matching.length === 0) {
    for (const text of recordTexts) io.stderr(`! ${text}\n`);
    io.stderr(`! ${translate(locale, 'consolidate.nothing_matched', { files: files.length, plan: plan.plan.title, year: reportingYear })}\n`);
    return EXIT.errors;
  }

  // Values the checks did not accept (one verdict policy: checkWorkbook's reports, taken without the rows' attainment,
  // which consolidation does not show: decision 0218) are 待核实 and stay out of every total.
  const unverified: Record<string, Record<string, Coded>> = {};
  // Each workbook is checked whole (its cover names all its sheets), then only the sheets taken here are used: those of
  // the file each county is taken from (consolidate takes a county's first return; a second file of the same county
  // is left out, and what its checks held back is not held against the one taken).
  const takenFrom = firstOfEach(matching, (entry) => entry.sheet.metadata?.region.code);
  const takenSheets = new Set(matching.filter((entry) => entry.recorded !== true).map((entry) => entry.sheet));
  for (const { file, sheets: fileSheets } of read) {
    for (const readSheet of fileSheets) {
      if (!takenSheets.has(readSheet)) continue;
      const checked = checkedRows.get(readSheet);
      if (checked === undefined || !valuesOf.get(readSheet)?.has(plan.plan.id)) throw new Error(`${readSheet.sheet}: taken for consolidation but not checked and read`);
      const { code, rows } = checked;
      if (code === undefined || takenFrom.get(code)?.source !== file) continue;
      if (Object.keys(rows).length > 0) unverified[code] = { ...(unverified[code] ?? {}), ...rows };
    }
  }
  // Two accepted returns of one county that differ: the rows they differ on are 待核实, naming both (decision 0251).
  const acceptedReturn = (entry: CountyReturn) => Object.keys((entry.recorded === true ? entry.unverified : checkedRows.get(entry.sheet)?.rows) ?? {}).length === 0
    && (entry.recorded === true || checkedRows.has(entry.sheet));
  for (const [code, rows] of Object.entries(copiesDiffer(matching, plan, reportingYear, acceptedReturn))) unverified[code] = { ...rows, ...(unverified[code] ?? {}) };
  // Two counties with the very same values (one copied the other's figures): both held back, naming each other (0268).
  for (const [code, rows] of Object.entries(copiedValues(matching, plan, reportingYear))) unverified[code] = { ...rows, ...(unverified[code] ?? {}) };
  // A county taken from a consolidation file keeps the verdict it had there (its return is not here to check again).
  const taken = new Set<string>();
  for (const entry of matching) {
    const code = entry.sheet.metadata?.region.code ?? '';
    if (taken.has(code)) continue;
    taken.add(code);
    if (entry.unverified !== undefined && Object.keys(entry.unverified).length > 0) unverified[code] = { ...entry.unverified };
  }
  // A return filed under another county's name (a neighbour's form filled in): counted for its form's county, and said.
  const namedTexts = namedOtherNotes(returnSheets.filter(({ sheet }) => consolidated(sheet)).map(({ source, sheet }) => ({ source, region: regionName(sheet.metadata?.region.code ?? '') })), locale)
    .map((note) => note.message);
  const unreadableTexts = [...unreadable.map((file) => translate(locale, 'cli.consolidate.unreadable', { file: file.file, problem: file.message })), ...recordTexts];
  // The regions whose very values a region sent (copiedValues' reasons name them).
  const copiedFromText = (code: string) => copiedFrom(unverified[code] ?? {}).join(translate(locale, 'cli.list_separator'));
  // What the sheets show of each region's held-back values: cells marked 待核实, and cells left empty the checks wanted.
  const heldBackTexts = (counts: ReadonlyMap<string, HeldBack>, codes: (code: string) => boolean) => [...counts].filter(([code]) => codes(code)).sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([code, count]) => [
    ...(count.flagged > 0 ? [translate(locale, 'consolidate.unverified_values', { region: regionName(code), count: count.flagged })] : []),
    ...(count.differing > 0 ? [translate(locale, 'consolidate.copies_differ_values', { region: regionName(code), count: count.differing })] : []),
    ...(count.copied > 0 ? [translate(locale, 'consolidate.copied_values_count', { region: regionName(code), count: count.copied, other: copiedFromText(code) })] : []),
    ...(count.empty > 0 ? [translate(locale, 'consolidate.unverified_empty', { region: regionName(code), count: count.empty })] : []),
  ]);
  let unverifiedTexts: string[];
  const cities = new Set(matching.map(({ sheet }) => cityOf(sheet.metadata?.region.code ?? '')));
  const province = city?.level === 'province' || (values.city === undefined && cities.size > 1) ? findRegion('330000') : undefined;

  const layouts: SheetLayout[] = [];
  const allFindings: ConsolidationFinding[] = [];
  let summary: string;
  let recordOf: Pick<RecordInput, 'region' | 'regions'> | undefined;
  if (province !== undefined) {
    const { province: total, cities: parts } = consolidateProvince({ plan, reportingYear, returns: sheets, unverified, provinceCode: province.code });
    const counts = heldBackCounts(parts, unverified);
    unverifiedTexts = heldBackTexts(counts, () => true);
    const names = new Set<string>();
    layouts.push(consolidationSheetLayout({
      result: total, region: { name: province.name, code: province.code }, flagged: {}, name: CONSOLIDATION.citySheetName(province.name),
      findingTexts: [...total.findings.map((finding) => findingText(finding, locale, loaded.catalog.plans)), ...unreadableTexts, ...namedTexts],
      leftOutTexts: [...leftOut(total.findings, locale, loaded.catalog.plans), ...unreadableTexts],
      unverifiedTexts,
    }));
    names.add(layouts[0]?.name ?? '');
    for (const part of parts) {
      const cityCode = cityOf(part.regions[0]?.code ?? '');
      const entry = findRegion(cityCode);
      const name = sheetName(CONSOLIDATION.citySheetName(entry?.name ?? cityCode), names);
      names.add(name);
      layouts.push(consolidationSheetLayout({
        result: part, region: { name: entry?.name ?? cityCode, code: cityCode }, flagged: unverified, locale, name,
        findingTexts: part.findings.map((finding) => findingText(finding, locale, loaded.catalog.plans)),
        unverifiedTexts: heldBackTexts(counts, (code) => part.regions.some((region) => region.code === code)),
      }));
    }
    recordOf = { region: { name: province.name, code: province.code }, regions: parts.flatMap((part) => part.regions) };
    allFindings.push(...total.findings, ...parts.flatMap((part) => part.findings.filter((finding) => finding.code === 'consolidate.share_above_maximum')));
    summary = translate(locale, 'consolidate.summary_province', { cities: parts.length, regions: parts.reduce((n, part) => n + part.regions.length, 0), rows: total.rows.length, file: shownPath(output, io.cwd) });
  } else {
    const result = consolidate({ plan, reportingYear, returns: sheets, unverified, ...(expectedRegions === undefined ? {} : { expectedRegions }) });
    unverifiedTexts = heldBackTexts(heldBackCounts([result], unverified), () => true);
    layouts.push(consolidationSheetLayout({
      result, region: cityRegion ?? { name: '', code: '' }, flagged: unverified, locale,
      findingTexts: [...result.findings.map((finding) => findingText(finding, locale, loaded.catalog.plans)), ...unreadableTexts, ...namedTexts],
      leftOutTexts: [...leftOut(result.findings, locale, loaded.catalog.plans), ...unreadableTexts],
      unverifiedTexts,
    }));
    allFindings.push(...result.findings);
    if (cityRegion !== undefined) recordOf = { region: cityRegion, regions: result.regions };
    summary = translate(locale, 'consolidate.summary', { regions: result.regions.length, rows: result.rows.length, file: shownPath(output, io.cwd) });
  }

  // What a consolidation above this one reads back: the counties' values, never the totals (decision 0140).
  if (recordOf !== undefined) {
    layouts.push(consolidationRecordSheetLayout(consolidationRecord({ plan, reportingYear, catalogVersion: loaded.version, returns: sheets, unverified, ...recordOf })));
  }
  const problem = writeShown({ file: output, bytes: await xlsxFileBytes(await renderSheets(layouts, { toolOutput: true })), force: values.force ?? false, inputs }, io.cwd, locale, io.outputFs);
  if (problem !== null) {
    io.stdout(`${translate(locale, 'cli.write_problem', { problem })}\n`);
    return EXIT.writeFailed;
  }
  for (const text of [...allFindings.map((finding) => findingText(finding, locale, loaded.catalog.plans)), ...unreadableTexts, ...namedTexts, ...unverifiedTexts]) io.stdout(`${translate(locale, 'cli.consolidate.finding', { text })}\n`);
  io.stdout(`${summary}\n`);
  return allFindings.length > 0 || unreadable.length > 0 || recordTexts.length > 0 || namedTexts.length > 0 || unverifiedTexts.length > 0 ? EXIT.warnings : EXIT.ok;
}

/**
 * A sheet as consolidation keeps it once checked, for the whole batch: its name and its metadata without the row ids
 * (only the checks compare them with the rows); its values are read beside it. The name is copied: as the XML parser
 * gives it, it can be a slice of the text it was parsed from, which a kept slice keeps alive (about 2 KB a sheet).
 */
function compactSheet(sheet: ReturnSheet): ReturnSheet {
  const name = Buffer.from(sheet.sheet, 'utf8').toString('utf8');
  return { sheet: name, metadata: sheet.metadata === null ? null : { ...sheet.metadata, rowIds: [] }, rows: [], observations: [] };
}

const LEFT_OUT: ReadonlySet<ConsolidationFinding['code']> = new Set(['consolidate.other_plan', 'consolidate.other_year', 'consolidate.duplicate_region', 'consolidate.duplicate_recorded', 'consolidate.no_metadata', 'consolidate.unexpected_region']);

/** The returns a consolidation did not use, each with its reason, for the sheet's title area. */
function leftOut(findings: readonly ConsolidationFinding[], locale: Locale, plans: readonly PlanCatalog[]): string[] {
  return findings.filter((finding) => LEFT_OUT.has(finding.code)).map((finding) => findingText(finding, locale, plans));
}

/** The city a county-level region belongs to (its own code for a city). */
function cityOf(code: string): string {
  const region = findRegion(code);
  return region === undefined ? '' : region.level === 'city' || region.level === 'province' ? region.code : region.parent ?? '';
}

interface NamedRecord {
  file: string;
  record: ConsolidationRecord;
  /** The file's visible sheets, which the record must agree with (decision 0247). */
  sheets: readonly SheetGrid[];
}

/** Why a record is not what its file shows, as the line that leaves the file out says it (decision 0247). */
function disagreementReason(found: RecordDisagreement): Coded {
  switch (found.kind) {
    case 'value': return { code: 'cli.consolidate.record_disagrees', params: { region: found.region, indicator: found.indicator } };
    case 'regions': return { code: 'cli.consolidate.record_regions_disagree', params: { sheet: found.sheet, region: found.region } };
    case 'title': return { code: 'cli.consolidate.record_title_disagrees', params: { sheet: found.sheet } };
    case 'outside': return { code: 'cli.consolidate.record_outside', params: { region: found.region } };
    case 'no_sheet': return { code: 'cli.consolidate.record_no_sheet', params: { sheet: found.sheet } };
    case 'no_table': return { code: 'cli.consolidate.record_no_table', params: { sheet: found.sheet, header: CONSOLIDATION.header.slice(0, 3).join('、') } };
  }
}

/**
 * The files this tool wrote that the user named on the command line (decision 0140): a consolidation with its record
 * is read for its counties; any other (a check report, an annex, an older consolidation) is listed as not consolidated,
 * not passed over in silence. One found in a folder stays skipped: it may be the output of an earlier run.
 */
async function namedConsolidations(files: readonly string[], positionals: readonly string[], cwd: string): Promise<{ records: NamedRecord[]; returnFiles: string[]; notConsolidations: string[] }> {
  const named = new Set(positionals.map((given) => path.resolve(cwd, given)));
  const records: NamedRecord[] = [];
  const notConsolidations: string[] = [];
  const returnFiles: string[] = [];
  for (const file of files) {
    const read = named.has(file) ? readRegularFile(file, DEFAULT_LIMITS.maxFileBytes) : null;
    if (read === null || !read.ok || !(await isToolOutput(read.bytes))) {
      returnFiles.push(file);
      continue;
    }
    const consolidation = readConsolidationFile(read.bytes);
    if (consolidation === null) notConsolidations.push(shownPath(file, cwd));
    else records.push({ file: shownPath(file, cwd), ...consolidation });
  }
  return { records, returnFiles, notConsolidations };
}

function regionName(code: string): string {
  const region = findRegion(code);
  return region === undefined ? code : fullRegionName(region);
}
