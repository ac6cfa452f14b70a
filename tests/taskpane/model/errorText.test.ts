import { ExcelAdapterError } from '../../../src/excel';
import type { Locale } from '../../../src/core/i18n';
import { ImportCatalogError, importToCatalogYaml, recogniseIndicatorTable, type ImportPlan } from '../../../src/core/import';
import { fileProblem, ReturnFileError } from '../../../src/xlsx/fileProblem';
import { errorText } from '../../../src/taskpane/model/errorText';
import { PortError } from '../../../src/taskpane/ports/workbookPort';

describe('errorText', () => {
  it('words the adapters’ refusals from the locale tables, with what to do next', () => {
    expect(errorText(new ExcelAdapterError('excel.workbook_protected'), 'zh-CN')).toBe('工作簿结构受保护，无法添加、删除或重命名工作表。请先在“审阅 > 保护工作簿”中取消保护。');
    expect(errorText(new PortError('pane.error.sheet_exists', { sheets: '指标填报' }), 'en-US')).toMatch(/^The workbook already has a sheet named “指标填报”/u);
  });

  it('gives a file’s problem as worded for people', () => {
    expect(errorText(new ReturnFileError(fileProblem('file.encrypted', 'xls', {}, 'xls')), 'zh-CN')).toMatch(/^这是旧版 Excel 97-2003 工作簿（\.xls）/u);
  });

  it('words a refused import', () => {
    expect(errorText(new ImportCatalogError('import.bad_plan_id', 'Bad Id'), 'zh-CN')).toBe('规划编号“Bad Id”不可用：只能由小写英文字母、数字和 . _ - 组成。');
  });

  it('names the one plan detail an import lacks, as the catalog writer refuses it', () => {
    const result = recogniseIndicatorTable({ cells: [['序号', '指标名称（单位）', '2020年', '2025年'], ['1', '高新技术企业数（家）', '300', '650']] });
    const { title, region, level, ...bare } = { id: 'mouqu-2021-2025', workbook: '规划指标.xlsx#Sheet1', title: '某区规划', region: { name: '越城区', code: '330602' }, level: 'district' } as const;
    const lacking: ImportPlan[] = [{ ...bare, region, level }, { ...bare, title, level }, { ...bare, title, region }];
    const refusal = (plan: ImportPlan, locale: Locale) => {
      try {
        importToCatalogYaml(result, plan);
      } catch (caught) {
        return errorText(caught, locale);
      }
      return 'written';
    };
    expect(lacking.map((plan) => refusal(plan, 'zh-CN'))).toEqual([
      '规划信息不完整：缺少规划名称，请填写。',
      '规划信息不完整：缺少规划所属地区，请在列表中选择。',
      '规划信息不完整：缺少规划层级，请在列表中选择。',
    ]);
    expect(lacking.map((plan) => refusal(plan, 'en-US'))).toEqual([
      'The plan’s details are incomplete: give its title.',
      'The plan’s details are incomplete: choose its region from the list.',
      'The plan’s details are incomplete: choose its level from the list.',
    ]);
  });

  it('passes Excel’s own wording on, and anything else with its message and what to do', () => {
    const excel = Object.assign(new Error('The requested resource doesn’t exist.'), { name: 'RichApi.Error', code: 'ItemNotFound' });
    expect(errorText(excel, 'zh-CN')).toBe('Excel 报告了一个错误（The requested resource doesn’t exist.）。请重试；如仍出错，请保存工作簿后关闭并重新打开加载项。');
    expect(errorText(excel, 'en-US')).toBe('Excel reported an error (The requested resource doesn’t exist.). Try again; if it persists, save the workbook and reopen the add-in.');
    expect(errorText(new TypeError('x is undefined'), 'en-US')).toBe('The action did not complete (x is undefined). Try again; if it persists, report this message to your administrator.');
    expect(errorText('boom', 'zh-CN')).toMatch(/^操作未能完成（boom）/u);
  });

  it('says a write Excel refused (a read-only workbook, a protected sheet) needs a copy, not another try', () => {
    const refused = Object.assign(new Error('You cannot perform the requested operation.'), { name: 'RichApi.Error', code: 'AccessDenied' });
    expect(errorText(refused, 'zh-CN')).toBe('Excel 拒绝写入（You cannot perform the requested operation.）：工作簿是以只读方式打开的，或工作表、工作簿结构受保护。'
      + '校验和审核结果仍在任务窗格中；需要写入（标注、写入校验结果表、记录审核结论、填写说明）时，请把工作簿另存一份副本，在副本中操作。');
    expect(errorText(refused, 'en-US')).toMatch(/^Excel refused to write \(You cannot perform the requested operation\.\): the workbook was opened read-only/u);
    expect(errorText(new ExcelAdapterError('excel.sheet_locked', { sheet: '指标填报' }), 'zh-CN')).toMatch(/^工作表“指标填报”受保护，且无法取消保护（可能设了密码），因此没有在单元格上标注，所有工作表都未作改动。/u);
  });
});
