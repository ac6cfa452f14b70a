/**
 * Returns written into the open workbook by the office-js writer and changed the way a person changes them in
 * Excel (typing over a protected cell after lifting the protection, copying or deleting a sheet, editing _meta),
 * then read back by the office-js reader and checked against the catalog as the task pane checks them: no false
 * alarm on an untouched sheet, and each change found on its cell.
 */
import { checkAgainstCatalog, type Finding } from '../../src/core/checks';
import { reportingWorkbookLayout, type ReportingInput, type WorkbookLayout } from '../../src/core/layout';
import { a1, METADATA, parseA1, parseRange } from '../../src/core/form';
import type { ReturnSheet } from '../../src/core/returns';
import { readReturnSheets, readReturnSheetsReport, writeWorkbookLayout } from '../../src/excel';
import { Form, planOf, realCatalog, YUECHENG_REGION } from '../support/hardening/damagedReturns';
import { FakeExcel } from '../support/excel/fakeExcel';
import { typeInto, type SheetModel } from '../support/excel/fakeModel';
import { EVERYTHING } from '../support/excel/measureWrite';
import { placeA1 } from '../../src/core/form';

const DISTRICT = 'yuecheng-2021-2025';
const PROVINCE = 'zj-hightech-industry-2021-2025';
const RD = `${DISTRICT}.rd-gdp-share`;

function inputOf(planIds: string[], merge: boolean, sheetName?: string): ReportingInput {
  return {
    plans: planIds.map((id) => planOf(id)), region: YUECHENG_REGION, reportingYear: 2025, merge, catalogVersion: realCatalog().version,
    ...(sheetName === undefined ? {} : { sheetName }),
  };
}

/** The district's sheet and the province's, each with its metadata block, written into a fresh workbook. */
async function written(layout: WorkbookLayout = reportingWorkbookLayout([inputOf([DISTRICT], false, '越城'), inputOf([PROVINCE], false, '高新')])) {
  const excel = new FakeExcel();
  excel.workbook.addSheet('Sheet1');
  await writeWorkbookLayout(excel.context, layout, { isSupported: EVERYTHING });
  const forms = layout.sheets.map((sheet) => new Form(sheet));
  const model = (name: string): SheetModel => {
    const found = excel.workbook.find(name);
    if (found === undefined) throw new Error(`no sheet ${name}`);
    return found;
  };
  /** Types into a cell as a person does once the sheet's protection is lifted. */
  const type = (sheet: string, address: string, input: string | number) => {
    const position = parseA1(address);
    if (position === null) throw new Error(address);
    typeInto(model(sheet).cell(position.row, position.col), input);
  };
  return { excel, forms, model, type, district: forms[0] as Form, province: forms[1] as Form };
}

async function checked(excel: FakeExcel): Promise<{ sheets: ReturnSheet[]; findings: Finding[] }> {
  const sheets = await readReturnSheets(excel.context, { isSupported: EVERYTHING });
  return { sheets, findings: sheets.flatMap((sheet) => checkAgainstCatalog(sheet, realCatalog()).report.findings) };
}

const structure = (findings: readonly Finding[]) => findings.filter((finding) => finding.ruleId === 'structure').map((finding) => ({ code: finding.code, sheet: finding.sheet, cell: finding.ref && placeA1(finding.ref) }));

describe('a return written in Excel and read back there', () => {
  it.each([
    ['a sheet per plan', reportingWorkbookLayout([DISTRICT, PROVINCE, 'keqiao-2021-2025'].map((id) => inputOf([id], false, id.slice(0, 20))))],
    ['three plans merged by concept', reportingWorkbookLayout([inputOf([DISTRICT, PROVINCE, 'keqiao-2021-2025'], true)])],
  ])('has nothing wrong with its structure, its printed cells compared too (%s)', async (_label, layout) => {
    const { excel } = await written(layout);
    const { sheets, findings } = await checked(excel);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(layout.sheets.map((sheet) => sheet.name));
    expect(sheets.every((sheet) => (sheet.printed?.cells.length ?? 0) > 100)).toBe(true);
    expect(structure(findings)).toEqual([]);
  });

  it('finds a target edited, 已达标 typed over the status formula and another region typed into 填报单位, each on its cell', async () => {
    const { excel, district, type } = await written();
    const target = district.at(RD, district.map.columns.targets[2025] ?? -1);
    const status = district.at(RD, district.map.columns.status);
    const region = district.cellWithText(/^填报单位：/u);
    type(district.name, target, '2.0');
    type(district.name, status, '已达标');
    const { findings } = await checked(excel);
    expect(structure(findings)).toEqual([
      { code: 'structure.printed_value_changed', sheet: district.name, cell: target },
      { code: 'structure.formula_replaced', sheet: district.name, cell: status },
    ]);
    type(district.name, region, '填报单位：绍兴市柯桥区');
    // A frame that disagrees with the metadata is reported alone: every formula would follow from it.
    expect(structure((await checked(excel)).findings)).toEqual([{ code: 'structure.frame_changed', sheet: district.name, cell: region }]);
  });

  it('finds the region edited in _meta on the 填报单位 the sheet still shows', async () => {
    const { excel, district, model } = await written();
    const meta = model(METADATA.sheetName);
    const regionRow = [...meta.cells.entries()].find(([key, cell]) => key.endsWith(':0') && cell.input === 'region')?.[0].split(':')[0];
    typeInto(meta.cell(Number(regionRow), 1), `'${JSON.stringify({ name: '绍兴市柯桥区', code: '330603' })}`);
    expect(structure((await checked(excel)).findings)).toContainEqual({ code: 'structure.frame_changed', sheet: district.name, cell: district.cellWithText(/^填报单位：/u) });
  });

  it('tells a copied sheet from a renamed one, and reports a reporting sheet deleted, in three round trips', async () => {
    const { excel, district, province, model } = await written();
    const copy = excel.workbook.addSheet(`${district.name} (2)`);
    for (const [key, cell] of model(district.name).cells) copy.cells.set(key, { ...cell, format: new Map(cell.format) });
    copy.protection = { ...model(district.name).protection };
    excel.workbook.sheets = excel.workbook.sheets.filter((sheet) => sheet.name !== province.name);
    excel.requests.length = 0;
    const report = await readReturnSheetsReport(excel.context, { isSupported: EVERYTHING });
    expect(report.syncs).toBe(3);
    expect(report.sheets.map((sheet) => [sheet.sheet, sheet.observations.map((observation) => observation.code)])).toEqual([
      [district.name, []], [`${district.name} (2)`, ['structure.sheet_copied']], [province.name, ['structure.sheet_missing']],
    ]);
    const findings = report.sheets.flatMap((sheet) => checkAgainstCatalog(sheet, realCatalog()).report.findings);
    expect(structure(findings)).toEqual(expect.arrayContaining([
      { code: 'structure.sheet_copied', sheet: `${district.name} (2)`, cell: null },
      { code: 'structure.sheet_missing', sheet: province.name, cell: null },
    ]));
  });

  it('reads what was typed at the foot of the form', async () => {
    const { excel, district, type } = await written();
    /** The entry cell right of a label's merged cells, from the layout (never from the reader). */
    const besideLabel = (label: string) => {
      const cell = district.layout.cells.find((candidate) => candidate.value.kind === 'text' && candidate.value.text === label);
      if (cell === undefined) throw new Error(label);
      const merge = district.layout.merges.map(parseRange).find((range) => range !== null && range.top === cell.row && range.left === cell.col);
      return a1(cell.row, (merge?.right ?? cell.col) + 1);
    };
    type(district.name, besideLabel('填表人：'), '张三');
    type(district.name, besideLabel('联系电话：'), '0575-88123456');
    const [sheet] = (await checked(excel)).sheets;
    // The foot's entry cells are text cells: a telephone number stays as typed.
    expect(sheet?.footer).toEqual([
      { label: '填表人：', entry: { address: besideLabel('填表人：'), value: { type: 'text', value: '张三' }, numberFormat: '@' } },
      { label: '联系电话：', entry: { address: besideLabel('联系电话：'), value: { type: 'text', value: '0575-88123456' }, numberFormat: '@' } },
    ]);
  });
});
