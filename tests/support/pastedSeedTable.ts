import type { PlanTable } from '../../src/core/catalog';
import type { SeedRow, SeedTable } from './seedTables';
import { squeeze } from './seeds';

/**
 * A table of the plan documents as a person gets it into Excel from Word: the caption on a row of its own, the
 * header as printed (类 别, 指   标), a category merged down over its group (value on the first row, blanks below),
 * a cell the document wraps with a line break inside, a blank row, then the 注 lines. A table that prints its
 * categories in the left part of a 指标 cell merged over two columns (表1 高新技术产业主要指标) pastes that way.
 */
export function pastedSeedTable(table: SeedTable, printed?: PlanTable): string[][] {
  const fold = (text: string) => squeeze(text.normalize('NFKC'));
  const asPrinted = printed && printed.columns.length === table.header.length && printed.columns.every((c, i) => fold(c) === fold(table.header[i] ?? ''))
    ? printed.columns
    : table.header;
  const hasCategory = table.rows.some((row) => row.category !== null);
  const categoryHeaded = table.header.includes('类别');
  const nameAt = table.header.findIndex((h) => /^指标(名称)?$/u.test(h));
  const header = hasCategory && !categoryHeaded ? [...asPrinted.slice(0, nameAt + 1), '', ...asPrinted.slice(nameAt + 1)] : [...asPrinted];
  const width = header.length;
  const wrapped = (text: string) => text.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '\n');

  const rows = table.rows.map((row: SeedRow, index: number) => {
    const firstOfGroup = row.category !== null && table.rows[index - 1]?.category !== row.category;
    const values = [...row.values];
    const cells: string[] = [];
    table.header.forEach((h) => {
      if (h === '序号') cells.push(row.seq ?? '');
      else if (h === '类别') cells.push(firstOfGroup ? row.category ?? '' : '');
      else if (/^指标(名称)?$/u.test(h)) {
        if (hasCategory && !categoryHeaded) {
          if (row.category === null) cells.push(row.name, '');
          else cells.push(firstOfGroup ? row.category : '', row.name);
        } else cells.push(row.name);
      } else if (/\d{4}\s*年|规划目标|实绩/u.test(h)) cells.push(wrapped(values.shift()?.text ?? ''));
      else cells.push(row.others[h]?.text ?? '');
    });
    return cells;
  });
  const blank = () => Array.from({ length: width }, () => '');
  const line = (text: string) => [text, ...Array.from({ length: width - 1 }, () => '')];
  return [line(table.title), header, ...rows, blank(), ...(printed?.notes ?? []).map((note) => line(note.text))];
}
