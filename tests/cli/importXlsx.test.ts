import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { CommandIo } from '../../src/cli/io';
import type { ImportJson } from '../../src/core/import';
import { translate } from '../../src/core/i18n';

function io(cwd: string): CommandIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text), readStdin: async () => '', isTty: false, cwd };
}

/** A plan table as a statistician keeps it in Excel: caption row, merged 类别, units in the name, a note under it. */
async function planWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('主要指标');
  sheet.addRows([
    ['表1 “十四五”科技创新主要指标'],
    ['类别', '指标', '2020年', '2025年', '属性'],
    ['创新投入', '研发经费投入强度（%）', 2.4, '3.2', '预期性'],
    ['', '每万人口高价值发明专利拥有量', '10.2件', '13.7件', '预期性'],
    ['创新产出', '高新技术企业数（家）', 650, '>1000', '约束性'],
    [],
    ['注：2020年为预计数。'],
  ]);
  sheet.mergeCells('A3:A4');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('plan-indicators import of an .xlsx', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-xlsx-'));

  it('reads the sheet through the file-safety bounds: merged category, units in value cells, note, suggestion', async () => {
    fs.writeFileSync(path.join(dir, 'plan.xlsx'), await planWorkbook());
    const cli = io(dir);
    const code = await main(['import', 'plan.xlsx', '--json'], cli);
    const [json] = cli.out.map((line) => JSON.parse(line) as ImportJson);
    expect(json?.caption).toBe('表1 “十四五”科技创新主要指标');
    expect(json?.notes).toEqual(['注：2020年为预计数。']);
    expect(json?.indicators.map((i) => [i.category, i.name, i.unit, i.attribute, i.values.map((v) => [v.year, v.kind, v.value])])).toEqual([
      ['创新投入', '研发经费投入强度', '%', '预期性', [[2020, 'exact', 2.4], [2025, 'exact', 3.2]]],
      ['创新投入', '每万人口高价值发明专利拥有量', '件', '预期性', [[2020, 'exact', 10.2], [2025, 'exact', 13.7]]],
      ['创新产出', '高新技术企业数', '家', '约束性', [[2020, 'exact', 650], [2025, 'min', 1000]]],
    ]);
    expect(json?.indicators[1]?.suggestion?.concept).toBe('high_value_invention_patents_per_10k');
    expect(code).toBe(0);
  });

  it('a file that is no workbook, or a cut-off one, is refused with a worded reason before ExcelJS reads it', async () => {
    fs.writeFileSync(path.join(dir, 'notes.xlsx'), '指标\t2020年\n');
    const whole = await planWorkbook();
    fs.writeFileSync(path.join(dir, 'cut.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    for (const [file, reason] of [['notes.xlsx', 'file.not_xlsx'], ['cut.xlsx', 'file.corrupt']] as const) {
      const cli = io(dir);
      const code = await main(['import', file, '--json'], cli);
      expect(code).not.toBe(0);
      expect(cli.out).toEqual([]);
      expect(cli.err.join('')).toContain(`无法读取工作簿 ${file}：${translate('zh-CN', reason)}`);
    }
  });
});
