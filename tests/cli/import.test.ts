import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { CommandIo } from '../../src/cli/io';
import { IMPORT_PROBLEM_CODES } from '../../src/core/import';
import { translate } from '../../src/core/i18n';
import { docxBytes } from '../support/docx';
import ExcelJS from 'exceljs';

function io(cwd: string, stdin = ''): CommandIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (text) => out.push(text), stderr: () => undefined, readStdin: async () => stdin, isTty: false, cwd };
}

describe('plan-indicators import', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));

  it('prints every table of a .docx with its caption and the notes under it, merged cells honoured', async () => {
    fs.writeFileSync(path.join(dir, 'plan.docx'), await docxBytes([
      { paragraph: '表1 “十四五”科技创新主要指标' },
      { table: [
        [{ text: '类别', vMerge: 'restart' }, { text: '指标', vMerge: 'restart' }, { text: '2020年', vMerge: 'restart' }, { text: '目标值', gridSpan: 2 }, { text: '属性', vMerge: 'restart' }],
        [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, { text: '2025年' }, { text: '2035年' }, { text: '', vMerge: 'continue' }],
        [{ text: '创新投入', vMerge: 'restart' }, { text: '研发经费投入强度（%）' }, { text: '2.4' }, { text: '3.2' }, { text: '3.8' }, { text: '预期性' }],
        [{ text: '', vMerge: 'continue' }, { text: '高新技术企业数（家）' }, { text: '650' }, { text: '>1000' }, { text: '—' }, { text: '预期性' }],
      ] },
      { paragraph: '注：2020年为预计数。' },
      { paragraph: '正文继续。' },
      { paragraph: '表2 人才指标' },
      { table: [[{ text: '指标' }, { text: '2020年' }, { text: '2025年' }], [{ text: '每万就业人员研发人员（人年/万人）' }, { text: '130' }, { text: '160' }]] },
    ]));
    const cli = io(dir);
    expect(await main(['import', 'plan.docx', '--json'], cli)).toBe(0);
    const [first, second] = cli.out.map((line) => JSON.parse(line) as { caption: string; notes: string[]; indicators: Array<{ category: string; name: string; values: Array<{ column: string; year: number; role: string; value: number | null }> }> });
    expect(first?.caption).toBe('表1 “十四五”科技创新主要指标');
    expect(first?.notes).toEqual(['注：2020年为预计数。']);
    expect(first?.indicators.map((i) => [i.category, i.name, i.values.map((v) => [v.year, v.role, v.value])])).toEqual([
      ['创新投入', '研发经费投入强度', [[2020, 'baseline', 2.4], [2025, 'target', 3.2], [2035, 'target', 3.8]]],
      ['创新投入', '高新技术企业数', [[2020, 'baseline', 650], [2025, 'target', 1000], [2035, 'target', null]]],
    ]);
    expect(second?.caption).toBe('表2 人才指标');
    expect(second?.indicators.map((i) => i.name)).toEqual(['每万就业人员研发人员']);
  });

  it('reads standard input and writes a catalog file that loads', async () => {
    const text = '表1 主要指标\n指标\t2020年\t2025年\n研发经费投入强度（%）\t2.4\t3.2\n';
    const cli = io(dir, text);
    expect(await main(['import', '-', '--id', 'test-import', '--region', '绍兴市', '--level', 'city', '--title', '测试规划', '-o', 'test-import.yaml'], cli)).toBe(0);
    const yaml = fs.readFileSync(path.join(dir, 'test-import.yaml'), 'utf8');
    expect(yaml).toContain('研发经费投入强度');
    const lint = io(dir);
    const code = await main(['catalog', 'lint', path.join(dir, 'test-import.yaml'), path.join(dir, 'concepts-test-import.yaml')], lint);
    expect(lint.out.join('')).not.toMatch(/error|错误/iu);
    expect(code).toBe(0);
  });

  it('writes a plan whose rows link to shipped concepts and a concepts file for the others: linted together, both load', async () => {
    const text = '表1 主要指标\n指标\t2020年\t2025年\n数字经济核心产业增加值占GDP比重（%）\t10.9\t15左右\n乡村振兴示范村（个）\t12\t30\n';
    const cli = io(dir, text);
    expect(await main(['import', '-', '--id', 'qa-linked', '--region', '绍兴市', '--level', 'city', '--title', '测试规划', '-o', 'qa-linked.yaml'], cli)).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'qa-linked.yaml'), 'utf8')).toContain('concept: digital_core_va_gdp_share');
    const lint = io(dir);
    expect(await main(['catalog', 'lint', path.join(dir, 'qa-linked.yaml'), path.join(dir, 'concepts-qa-linked.yaml')], lint)).toBe(0);
    expect(lint.out.join('')).not.toMatch(/unknown_concept/u);
  });

  it('reads an .xlsx share typed as a fraction under a percent format as Excel shows it (73.5, not 0.735)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('指标表');
    sheet.addRows([['指标', '单位', '2020年', '2025年'], ['专任教师本科以上学历比例', '%', 0.735, 0.85]]);
    sheet.getCell('C2').numFmt = '0.0%';
    sheet.getCell('D2').numFmt = '0%';
    await workbook.xlsx.writeFile(path.join(dir, 'shares.xlsx'));
    const cli = io(dir);
    expect(await main(['import', 'shares.xlsx', '--json'], cli)).toBe(0);
    const json = JSON.parse(cli.out.join('')) as { indicators: Array<{ values: Array<{ raw: string; value: number }> }> };
    expect(json.indicators[0]?.values.map((value) => [value.raw, value.value])).toEqual([['73.5%', 73.5], ['85%', 85]]);
  });

  it('reads a title and a note merged across an .xlsx in mixed fonts (rich text, as LibreOffice saves them) once, as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('指标表');
    const rich = (...parts: string[]) => ({ richText: parts.map((text, index) => ({ text, font: { name: index % 2 === 0 ? 'Noto Sans CJK SC' : 'Calibri' } })) });
    sheet.getCell('A1').value = rich('表', '5 “', '十四五”教育发展主要指标');
    sheet.mergeCells('A1:C1');
    sheet.addRow(['指标', '2020年', '2025年']);
    sheet.addRow(['高等教育毛入学率（%）', 45.6, '50左右']);
    sheet.getCell('A4').value = rich('注：', '2035', '年为远景目标。');
    sheet.mergeCells('A4:C4');
    await workbook.xlsx.writeFile(path.join(dir, 'rich.xlsx'));
    const cli = io(dir);
    expect(await main(['import', 'rich.xlsx', '--json'], cli)).toBe(0);
    const json = JSON.parse(cli.out.join('')) as { caption: string; notes: string[] };
    expect([json.caption, json.notes]).toEqual(['表5 “十四五”教育发展主要指标', ['注：2035年为远景目标。']]);
  });

  describe('a .docx of two tables', () => {
    // Written once for the three tests that read it.
    beforeAll(async () => fs.writeFileSync(path.join(dir, 'two.docx'), await docxBytes([
      { paragraph: '表1 “十四五”农业农村现代化主要指标' },
      { table: [[{ text: '指标' }, { text: '2020年' }, { text: '2025年' }], [{ text: '高标准农田面积（万亩）' }, { text: '520' }, { text: '650' }]] },
      { paragraph: '表2 “十四五”农业科技创新重点指标' },
      { table: [[{ text: '指标' }, { text: '2020年' }, { text: '2025年' }], [{ text: '农业科技特派员（人）' }, { text: '1500' }, { text: '2000以上' }]] },
    ])));
    const withErrors = () => {
      const errors: string[] = [];
      return { errors, cli: { ...io(dir), stderr: (text: string) => errors.push(text) } };
    };
    const writeTwo = ['import', 'two.docx', '--id', 'qa-two', '--region', '绍兴市', '--level', 'city', '--force'];

    it('writing a catalog file from a .docx of two tables, names the table it did not write, by its number, and says so in its status', async () => {
      const { errors, cli } = withErrors();
      expect(await main([...writeTwo, '-o', 'qa-two.yaml'], cli)).toBe(1);
      expect(fs.readFileSync(path.join(dir, 'qa-two.yaml'), 'utf8')).toContain('高标准农田面积');
      const captions = translate('zh-CN', 'cli.import.table_numbered', { number: 2, caption: '表2 “十四五”农业科技创新重点指标' });
      expect(errors.join('')).toBe(`${translate('zh-CN', 'cli.import.tables_left', { count: 1, captions })}\n`);
      expect(errors.join('')).toContain('第 2 张：表2 “十四五”农业科技创新重点指标');
    });

    it('--table 2 writes the second table alone (nothing left unsaid, so a clean status), and --json --table 2 prints it alone', async () => {
      const { errors, cli } = withErrors();
      expect(await main([...writeTwo, '--table', '2', '-o', 'qa-second.yaml'], cli)).toBe(0);
      const written = fs.readFileSync(path.join(dir, 'qa-second.yaml'), 'utf8');
      expect([written.includes('农业科技特派员'), written.includes('高标准农田面积')]).toEqual([true, false]);
      expect(errors).toEqual([]);
      const json = io(dir);
      expect(await main(['import', 'two.docx', '--json', '--table', '２'], json)).toBe(0);
      expect(json.out.map((line) => (JSON.parse(line) as { caption: string }).caption)).toEqual(['表2 “十四五”农业科技创新重点指标']);
    });

    it('--table past the last indicator table, or not a number, is refused with what the document holds, and nothing is written', async () => {
      for (const [table, message] of [
        ['3', translate('zh-CN', 'cli.import.table_out_of_range', { table: 3, count: 2 })],
        ['0', translate('zh-CN', 'cli.import.table_invalid', { value: '0' })],
        ['第二张', translate('zh-CN', 'cli.import.table_invalid', { value: '第二张' })],
      ] as const) {
        const { errors, cli } = withErrors();
        expect(await main([...writeTwo, '--table', table, '-o', 'qa-none.yaml'], cli)).toBe(64);
        expect(errors.join('')).toContain(message);
        expect(fs.existsSync(path.join(dir, 'qa-none.yaml'))).toBe(false);
      }
    });
  });

  // Issue 14's shape, the message in the --lang language (issue 15: worded from the tables at the edge).
  const withProblems = '指标\t2020年\t2025年\t属性\n研发投入（万块）\t1\t2.4（预计\t指导性\n';
  const problemsOf = async (lang: string[]) => {
    const cli = io(dir, withProblems);
    expect(await main(['import', '-', '--json', ...lang], cli)).toBe(1);
    return (JSON.parse(cli.out.join('')) as { problems: Array<Record<string, unknown>> }).problems;
  };

  it('--json prints each problem as {code, cell, message}, the message in the language asked (Chinese by default)', async () => {
    const chinese = await problemsOf([]);
    const english = await problemsOf(['--lang', 'en-US']);
    expect(chinese.map((problem) => problem.code)).toEqual(['import.unknown_unit', 'import.unreadable_value', 'import.unknown_attribute']);
    expect(english.map((problem) => [problem.code, problem.cell])).toEqual(chinese.map((problem) => [problem.code, problem.cell]));
    for (const problem of [...chinese, ...english]) {
      expect(Object.keys(problem)).toEqual(['code', 'cell', 'message']);
      expect(IMPORT_PROBLEM_CODES).toContain(problem.code);
    }
    expect(chinese[1]).toEqual({ code: 'import.unreadable_value', cell: 'C2', message: translate('zh-CN', 'import.unreadable_value', { cell: 'C2', text: '2.4（预计', name: '研发投入（万块）', header: '2025年' }) });
    expect(english[2]?.message).toBe(translate('en-US', 'import.unknown_attribute', { cell: 'D2', text: '指导性', name: '研发投入（万块）' }));
    expect(english.every((problem) => /[A-Za-z]{4}/u.test(String(problem.message)) && !String(problem.message).includes('未导入'))).toBe(true);
  });

  it('writing a catalog file, lists each problem worded in the language asked', async () => {
    const err: string[] = [];
    const cli = { ...io(dir, withProblems), stderr: (text: string) => err.push(text) };
    expect(await main(['import', '-', '--id', 'with-problems', '--region', '绍兴市', '--level', 'city', '--title', '测试规划', '--lang', 'en-US', '-o', 'with-problems.yaml'], cli)).toBe(1);
    expect(err.join('').trim().split('\n')).toHaveLength(3);
    expect(err.join('')).toMatch(/^! .*is not a value notation the plans use/mu);
    expect(cli.out.join('')).toMatch(/^Wrote with-problems\.yaml: 1 indicator\./mu);
  });

  // Regression: `import 指标表.txt -o 指标表.txt` replaced the document with the catalog file; an existing file and a
  // symbolic link were written over (through the link) without a word.
  describe('never writes over the document read, an existing file or through a link', () => {
    const table = '表1 主要指标\n指标\t2020年\t2025年\n研发经费投入强度（%）\t2.4\t3.2\n';
    const options = ['--id', 'safe-import', '--region', '绍兴市', '--level', 'city'];
    const run = async (args: string[]) => {
      const err: string[] = [];
      const cli = { ...io(dir), stderr: (text: string) => err.push(text) };
      const code = await main(['import', ...args], cli);
      return { code, err: err.join(''), out: cli.out.join('') };
    };

    it('refuses an output that is the input, before reading it, and leaves the input as it was', async () => {
      fs.writeFileSync(path.join(dir, '指标表.txt'), table);
      const { code } = await run(['指标表.txt', ...options, '-o', '指标表.txt']);
      expect(code).toBe(64);
      expect(fs.readFileSync(path.join(dir, '指标表.txt'), 'utf8')).toBe(table);
    });

    it('keeps an existing file unless --force, and names the document read as the catalog’s source', async () => {
      fs.writeFileSync(path.join(dir, '表.txt'), table);
      fs.writeFileSync(path.join(dir, 'kept.yaml'), 'mine');
      const refused = await run(['表.txt', ...options, '-o', 'kept.yaml']);
      expect(refused.code).toBe(4);
      expect(refused.err).toContain(translate('zh-CN', 'output.exists', { file: 'kept.yaml' }));
      expect(fs.readFileSync(path.join(dir, 'kept.yaml'), 'utf8')).toBe('mine');
      expect((await run(['表.txt', ...options, '--force', '-o', 'kept.yaml'])).code).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'kept.yaml'), 'utf8')).toContain('seed: workbook:表.txt!');
    });

    it('does not write through a symbolic link', async () => {
      fs.writeFileSync(path.join(dir, 'elsewhere.txt'), 'untouched');
      fs.symlinkSync(path.join(dir, 'elsewhere.txt'), path.join(dir, 'linked.yaml'));
      fs.writeFileSync(path.join(dir, 't.txt'), table);
      expect((await run(['t.txt', ...options, '--force', '-o', 'linked.yaml'])).code).toBe(4);
      expect(fs.readFileSync(path.join(dir, 'elsewhere.txt'), 'utf8')).toBe('untouched');
    });
  });

  // Regression: 单位：亿元 between the title and a Word table became the caption, the rows lost their unit; 每年增长10%以上
  // was unreadable; “十三五”末 was a column the import did not know.
  it('reads a Word table as a plan office writes it: a unit line under the title, “十三五”末, a change every year', async () => {
    fs.writeFileSync(path.join(dir, 'county.docx'), await docxBytes([
      { paragraph: '表1 某县“十四五”科技创新主要指标' },
      { paragraph: '单位：亿元' },
      { table: [
        [{ text: '序号', vMerge: 'restart' }, { text: '指标', vMerge: 'restart' }, { text: '“十三五”末', vMerge: 'restart' }, { text: '目标值', gridSpan: 2 }],
        [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, { text: '2023年' }, { text: '2025年' }],
        [{ text: '1' }, { text: '财政科技支出' }, { text: '10' }, { text: '—' }, { text: '每年增长10%以上' }],
        [{ text: '2' }, { text: '研发经费投入强度（%）' }, { text: '2.8' }, { text: '3.0' }, { text: '提高0.5个百分点' }],
      ] },
    ]));
    const cli = io(dir);
    expect(await main(['import', 'county.docx', '--json'], cli)).toBe(0);
    const table = JSON.parse(cli.out.join('')) as { caption: string; indicators: Array<{ name: string; unit: string; values: Array<{ year: number; role: string; raw: string; change: string | null; perYear?: true }> }> };
    expect(table.caption).toBe('表1 某县“十四五”科技创新主要指标');
    expect(table.indicators.map((i) => [i.name, i.unit, i.values.map((v) => [v.year, v.role, v.raw, v.change, v.perYear ?? false])])).toEqual([
      ['财政科技支出', '亿元', [[2020, 'baseline', '10', null, false], [2023, 'target', '—', null, false], [2025, 'target', '每年增长10%以上', 'increase', true]]],
      ['研发经费投入强度', '%', [[2020, 'baseline', '2.8', null, false], [2023, 'target', '3.0', null, false], [2025, 'target', '提高0.5个百分点', 'increase', false]]],
    ]);
  });

  // Regression: --id keqiao-2021-2025 wrote a plan file that, beside the catalog, left one of the two plans out.
  it('refuses the id of a shipped plan, naming it', async () => {
    const err: string[] = [];
    fs.writeFileSync(path.join(dir, 'k.txt'), '指标\t2020年\t2025年\n研发经费投入强度（%）\t2.4\t3.2\n');
    const cli = { ...io(dir), stderr: (text: string) => err.push(text) };
    expect(await main(['import', 'k.txt', '--id', 'keqiao-2021-2025', '--region', '柯桥区', '--level', 'district', '--title', '某规划', '-o', 'k.yaml'], cli)).toBe(64);
    expect(err.join('')).toContain('规划编号“keqiao-2021-2025”已是目录中《柯桥区科技创新发展“十四五”规划》的编号');
    expect(fs.existsSync(path.join(dir, 'k.yaml'))).toBe(false);
  });
});
