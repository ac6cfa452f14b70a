/** Ranges of the fake: values, formulas and formats written cell by cell at sync, read back as office-js gives them. */
import { a1, parseRange, rangeA1 } from '../../../src/core/form/index';
import type { FakeExcel } from './fakeExcel';
import { isFormula, typedValue, typeInto, type Area, type SheetModel } from './fakeModel';
import { Loadable, recorder } from './fakeProxy';

/**
 * A range's fill or one of its border edges: sets go to every cell of the range; load() reads the range's
 * first cell (what a one-cell range gives); clear() removes the fill.
 */
class FormatPart extends Loadable {
  constructor(
    excel: FakeExcel,
    private readonly prefix: string,
    private readonly resolve: () => { sheet: SheetModel; area: Area },
    private readonly setFormat: (path: string, value: unknown) => void,
  ) {
    super(excel);
  }

  load(props: string): this {
    const defaults: Record<string, unknown> = { color: this.prefix === 'fill' ? '#FFFFFF' : '#000000', style: 'None', weight: 'Thin' };
    const names = props.split(',').map((name) => name.trim());
    return this.queueLoad(names, () => {
      const { sheet, area } = this.resolve();
      const cell = sheet.peek(area.top, area.left);
      return Object.fromEntries(names.map((name) => [name, cell?.format.get(`${this.prefix}.${name}`) ?? defaults[name]]));
    });
  }

  clear(): void {
    this.excel.queue(`format.${this.prefix}.clear`, null, () => {
      const { sheet, area } = this.resolve();
      for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) sheet.cell(row, col).format.delete(`${this.prefix}.color`);
    });
  }

  /** The object the adapter sees: methods, loaded properties to read, any property to set. */
  proxy(): unknown {
    return new Proxy(this, {
      get: (target, prop: string) => (prop === 'load' || prop === 'clear' ? target[prop].bind(target) : target.read(prop)),
      set: (_target, prop: string, value: unknown) => {
        this.setFormat(`${this.prefix}.${prop}`, value);
        return true;
      },
    });
  }
}

/** RangeAreas of merged cells: its address lists the areas, comma-separated, each with its sheet. */
class MergedAreas extends Loadable {
  constructor(excel: FakeExcel, private readonly describe: () => string | null) {
    super(excel);
  }

  get address(): string {
    return this.read('address');
  }

  load(props?: string): this {
    return this.queueLoad(props, () => {
      const address = this.describe();
      return address === null ? null : { address };
    });
  }
}

export class FakeRange extends Loadable {
  constructor(excel: FakeExcel, private readonly target: () => { sheet: SheetModel; area: Area } | null) {
    super(excel);
  }

  private resolve(): { sheet: SheetModel; area: Area } {
    const found = this.target();
    if (found === null) throw new Error('ItemNotFound: range of a null object');
    return found;
  }

  private grid<T>(fn: (row: number, col: number, sheet: SheetModel) => T): T[][] {
    const { sheet, area } = this.resolve();
    const out: T[][] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      const line: T[] = [];
      for (let col = area.left; col <= area.right; col++) line.push(fn(row, col, sheet));
      out.push(line);
    }
    return out;
  }

  private assign(kind: string, grid: unknown[][], write: (sheet: SheetModel, row: number, col: number, value: unknown) => void): void {
    this.excel.queue(kind, grid, () => {
      const { sheet, area } = this.resolve();
      if (grid.length !== area.bottom - area.top + 1 || grid.some((row) => row.length !== area.right - area.left + 1)) {
        throw new Error(`InvalidArgument: ${kind} of ${grid.length} rows for ${rangeA1(area)}`);
      }
      this.excel.guardProtected(sheet, area, kind);
      grid.forEach((row, r) => row.forEach((value, c) => write(sheet, area.top + r, area.left + c, value)));
    });
  }

  set values(grid: unknown[][]) {
    this.assign('values', grid, (sheet, row, col, value) => typeInto(sheet.cell(row, col), value));
  }

  get values(): unknown[][] {
    return this.read('values');
  }

  set formulas(grid: unknown[][]) {
    this.assign('formulas', grid, (sheet, row, col, value) => typeInto(sheet.cell(row, col), value));
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }

  set numberFormat(grid: unknown[][]) {
    this.assign('numberFormat', grid, (sheet, row, col, value) => {
      sheet.cell(row, col).numberFormat = String(value);
    });
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }

  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }

  get text(): string[][] {
    return this.read('text');
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get columnIndex(): number {
    return this.read('columnIndex');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get columnCount(): number {
    return this.read('columnCount');
  }

  get address(): string {
    return this.read('address');
  }

  set columnHidden(hidden: boolean) {
    this.excel.queue('columnHidden', hidden, () => {
      const { sheet, area } = this.resolve();
      for (let col = area.left; col <= area.right; col++) {
        const key = a1(0, col).replace(/\d+$/u, '');
        const format = sheet.columnFormats.get(key) ?? new Map<string, unknown>();
        format.set('hidden', hidden);
        sheet.columnFormats.set(key, format);
      }
    });
  }

  set hyperlink(link: unknown) {
    this.excel.queue('hyperlink', link, () => {
      const { sheet, area } = this.resolve();
      sheet.cell(area.top, area.left).hyperlink = link;
    });
  }

  private cached = new Map<string, unknown>();

  private once<T>(key: string, make: () => T): T {
    if (!this.cached.has(key)) this.cached.set(key, make());
    return this.cached.get(key) as T;
  }

  get format(): unknown {
    return this.once('format', () => this.makeFormat());
  }

  private makeFormat(): unknown {
    const setFormat = (path: string, value: unknown) => this.excel.queue(`format.${path}`, value, () => {
      const { sheet, area } = this.resolve();
      const guarded = path !== 'columnWidth' && path !== 'rowHeight';
      if (guarded) this.excel.guardProtected(sheet, area, `format.${path}`);
      if (area.wholeColumns || path === 'columnWidth') {
        for (let col = area.left; col <= area.right; col++) {
          const key = a1(0, col).replace(/\d+$/u, '');
          const format = sheet.columnFormats.get(key) ?? new Map<string, unknown>();
          format.set(path, value);
          sheet.columnFormats.set(key, format);
        }
      } else if (area.wholeRows || path === 'rowHeight') {
        for (let row = area.top; row <= area.bottom; row++) {
          const format = sheet.rowFormats.get(String(row + 1)) ?? new Map<string, unknown>();
          format.set(path, value);
          sheet.rowFormats.set(String(row + 1), format);
        }
      } else {
        for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) sheet.cell(row, col).format.set(path, value);
      }
    });
    const part = (prefix: string) => new FormatPart(this.excel, prefix, () => this.resolve(), setFormat).proxy();
    const fill = part('fill');
    return recorder(setFormat, '', { 'borders.getItem': (edge) => part(`borders.${String(edge)}`), fill: fill as never });
  }

  get dataValidation(): unknown {
    return this.once('dataValidation', () => this.makeValidation());
  }

  private makeValidation(): unknown {
    let record: { ref: string; settings: Record<string, unknown> } | null = null;
    return recorder((path, value) => this.excel.queue(`dataValidation.${path}`, value, () => {
      const { sheet, area } = this.resolve();
      if (record === null) {
        record = { ref: rangeA1(area), settings: {} };
        sheet.validations.push(record);
      }
      record.settings[path] = value;
    }));
  }

  get conditionalFormats(): unknown {
    return {
      add: (type: string) => {
        const record = { ref: '', type, settings: {} as Record<string, unknown> };
        this.excel.queue('conditionalFormats.add', type, () => {
          const { sheet, area } = this.resolve();
          record.ref = rangeA1(area);
          // ConditionalFormatCollection.add puts the new format at the top.
          sheet.conditionalFormats.unshift(record);
        });
        return recorder((path, value) => this.excel.queue(`conditionalFormat.${path}`, value, () => {
          record.settings[path] = value;
        }));
      },
    };
  }

  merge(across?: boolean): void {
    this.excel.queue('merge', across ?? false, () => {
      const { sheet, area } = this.resolve();
      sheet.merges.push(rangeA1(area));
    });
  }

  select(): void {
    this.excel.queue('select', null, () => {
      const { sheet, area } = this.resolve();
      if (this.excel.workbook.active !== sheet) throw new Error('InvalidOperation: select on a sheet that is not active');
      this.excel.workbook.selection = { sheet, ref: rangeA1(area) };
    });
  }

  getMergedAreasOrNullObject(): Loadable {
    this.excel.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    const areas = new MergedAreas(this.excel, () => {
      const found = this.target();
      if (found === null) return null;
      const { sheet, area } = found;
      const meeting = sheet.merges.filter((ref) => {
        const merge = parseRange(ref);
        return merge !== null && merge.top <= area.bottom && merge.bottom >= area.top && merge.left <= area.right && merge.right >= area.left;
      });
      return meeting.length === 0 ? null : meeting.map((ref) => `'${sheet.name}'!${ref}`).join(', ');
    });
    return areas;
  }

  /** ExcelApi 1.1 (valuesOnly 1.2): on a blank range, its top left cell. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.excel.requireApi('1.2', 'Range.getUsedRange(valuesOnly)');
    const used = this.usedOrNull(valuesOnly);
    return new FakeRange(this.excel, () => {
      const found = this.target();
      if (found === null) return null;
      const { area } = found;
      return used() ?? { sheet: found.sheet, area: { top: area.top, bottom: area.top, left: area.left, right: area.left, wholeColumns: false, wholeRows: false } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.excel.requireApi('1.4', 'Range.getUsedRangeOrNullObject');
    return new FakeRange(this.excel, this.usedOrNull(valuesOnly));
  }

  private usedOrNull(valuesOnly?: boolean): () => { sheet: SheetModel; area: Area } | null {
    return () => {
      const found = this.target();
      if (found === null) return null;
      const used = found.sheet.used(valuesOnly ?? false);
      if (used === null) return null;
      const top = Math.max(used.top, found.area.top);
      const bottom = Math.min(used.bottom, found.area.bottom);
      const left = Math.max(used.left, found.area.left);
      const right = Math.min(used.right, found.area.right);
      if (top > bottom || left > right) return null;
      return { sheet: found.sheet, area: { top, bottom, left, right, wholeColumns: false, wholeRows: false } };
    };
  }

  load(props?: string | string[]): this {
    return this.queueLoad(props, () => {
      const found = this.target();
      if (found === null) return null;
      const { sheet, area } = found;
      const typed = () => this.grid((row, col) => typedValue(sheet.peek(row, col)));
      return {
        get values() { return typed().map((row) => row.map((cell) => cell.value)); },
        get valueTypes() { return typed().map((row) => row.map((cell) => cell.type)); },
        get text() { return typed().map((row) => row.map((cell) => String(cell.value))); },
        formulas: this.grid((row, col) => {
          const cell = sheet.peek(row, col);
          if (cell === undefined) return '';
          return isFormula(cell) ? cell.input : typedValue(cell).value;
        }),
        numberFormat: this.grid((row, col) => sheet.peek(row, col)?.numberFormat ?? 'General'),
        rowIndex: area.top,
        columnIndex: area.left,
        rowCount: area.bottom - area.top + 1,
        columnCount: area.right - area.left + 1,
        address: `${sheet.name}!${rangeA1(area)}`,
      };
    });
  }
}
