/** Worksheets of the fake, and the objects hanging off them and off the workbook. */
import { a1, rangeA1 } from '../../../src/core/form/index';
import type { FakeExcel } from './fakeExcel';
import { parseArea, type Area, type NoteModel, type SheetModel } from './fakeModel';
import { Loadable, recorder } from './fakeProxy';
import { FakeRange } from './fakeRange';

export class FakeProtection extends Loadable {
  constructor(excel: FakeExcel, private readonly sheet: () => SheetModel) {
    super(excel);
  }

  get protected(): boolean {
    return this.read('protected');
  }

  get options(): Record<string, unknown> {
    return this.read('options');
  }

  load(props?: string): this {
    return this.queueLoad(props, () => ({ protected: this.sheet().protection.protected, options: { ...this.sheet().protection.options } }));
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    this.excel.queue('protect', options ?? {}, () => {
      const sheet = this.sheet();
      if (sheet.protection.protected) throw new Error('InvalidOperation: the sheet is already protected');
      sheet.protection = { protected: true, options: { ...options }, password: password ?? null };
    });
  }

  unprotect(password?: string): void {
    this.excel.queue('unprotect', null, () => {
      const sheet = this.sheet();
      if (sheet.protection.password !== null && sheet.protection.password !== password) throw new Error('InvalidArgument: wrong password');
      sheet.protection = { protected: false, options: sheet.protection.options, password: null };
    });
  }
}

export class FakeNoteItem extends Loadable {
  constructor(excel: FakeExcel, private readonly note: NoteModel, private readonly list: NoteModel[]) {
    super(excel);
    this.loaded.set('content', note.content);
  }

  get content(): string {
    return this.read('content');
  }

  set content(text: string) {
    this.excel.queue('note.content', text, () => {
      this.note.content = text;
    });
  }

  delete(): void {
    this.excel.queue('note.delete', null, () => {
      this.list.splice(this.list.indexOf(this.note), 1);
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(this.excel, () => ({ sheet: this.note.sheet, area: parseArea(this.note.cell) }));
  }
}

export class FakeNoteCollection extends Loadable {
  constructor(excel: FakeExcel, private readonly list: () => NoteModel[], private readonly sheet: SheetModel | null) {
    super(excel);
  }

  get items(): FakeNoteItem[] {
    return this.read('items');
  }

  load(props?: string): this {
    return this.queueLoad(props === 'items/content' ? 'items' : props, () => ({
      items: this.list().filter((note) => this.sheet === null || note.sheet === this.sheet).map((note) => new FakeNoteItem(this.excel, note, this.list())),
    }));
  }

  add(cell: FakeRange | string, content: string): void {
    this.excel.queue('note.add', content, () => {
      const location = typeof cell === 'string' ? null : (cell as unknown as { target: () => { sheet: SheetModel; area: Area } | null }).target();
      if (location === null) throw new Error('fake: notes by address text are not modelled');
      const address = a1(location.area.top, location.area.left);
      if (this.list().some((note) => note.sheet === location.sheet && note.cell === address)) throw new Error('InvalidArgument: the cell already has one');
      this.excel.guardProtected(location.sheet, location.area, 'note.add');
      this.list().push({ sheet: location.sheet, cell: address, content });
    });
  }
}

export class FakeWorksheet extends Loadable {
  private bound: SheetModel | null = null;

  constructor(excel: FakeExcel, private readonly locate: () => SheetModel | null) {
    super(excel);
  }

  /** The sheet, found once and then kept (as a proxy keeps its object when the sheet is renamed). */
  model(): SheetModel | null {
    this.bound ??= this.locate();
    return this.bound;
  }

  private sheet(): SheetModel {
    const sheet = this.model();
    if (sheet === null) throw new Error('ItemNotFound: worksheet');
    return sheet;
  }

  get name(): string {
    return this.read('name');
  }

  set name(name: string) {
    this.excel.queue('worksheet.name', name, () => {
      const sheet = this.sheet();
      const other = this.excel.workbook.find(name);
      if (other !== undefined && other !== sheet) throw new Error(`InvalidArgument: a sheet is named ${name}`);
      sheet.name = name;
    });
  }

  get visibility(): string {
    return this.read('visibility');
  }

  set visibility(visibility: string) {
    this.excel.queue('worksheet.visibility', visibility, () => {
      this.sheet().visibility = visibility;
    });
  }

  get position(): number {
    return this.read('position');
  }

  set position(position: number) {
    this.excel.queue('worksheet.position', position, () => {
      const sheets = this.excel.workbook.sheets;
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  set showGridlines(show: boolean) {
    this.excel.queue('worksheet.showGridlines', show, () => {
      this.sheet().showGridlines = show;
    });
  }

  // Navigation properties give the same proxy each time, as office-js caches them.
  private cached = new Map<string, unknown>();

  private once<T>(key: string, make: () => T): T {
    if (!this.cached.has(key)) this.cached.set(key, make());
    return this.cached.get(key) as T;
  }

  get protection(): FakeProtection {
    this.excel.requireApi('1.2', 'Worksheet.protection');
    return this.once('protection', () => new FakeProtection(this.excel, () => this.sheet()));
  }

  get freezePanes(): unknown {
    const freeze = (kind: string, ref: (arg: unknown) => string) => (arg: unknown) => this.excel.queue(`freezePanes.${kind}`, arg, () => {
      this.sheet().frozen = ref(arg);
    });
    return {
      freezeAt: freeze('freezeAt', (arg) => String(arg)),
      freezeRows: freeze('freezeRows', (arg) => `rows:${String(arg)}`),
      freezeColumns: freeze('freezeColumns', (arg) => `columns:${String(arg)}`),
    };
  }

  get pageLayout(): unknown {
    const set = (path: string, value: unknown) => this.excel.queue(`pageLayout.${path}`, value, () => this.sheet().pageLayout.set(path, value));
    return recorder(set, '', {
      setPrintTitleRows: (rows: unknown) => set('printTitleRows', rows),
      setPrintTitleColumns: (columns: unknown) => set('printTitleColumns', columns),
      setPrintArea: (area: unknown) => set('printArea', area),
    });
  }

  get notes(): FakeNoteCollection {
    return this.once('notes', () => new FakeNoteCollection(this.excel, () => this.excel.workbook.notes, this.model()));
  }

  get comments(): FakeNoteCollection {
    return this.once('comments', () => new FakeNoteCollection(this.excel, () => this.excel.workbook.comments, this.model()));
  }

  getRange(ref: string): FakeRange {
    return new FakeRange(this.excel, () => {
      const sheet = this.model();
      return sheet === null ? null : { sheet, area: parseArea(ref) };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.excel.requireApi('1.7', 'Worksheet.getRangeByIndexes');
    return this.getRange(rangeA1({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.getRange('A:XFD').getUsedRangeOrNullObject(valuesOnly);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.getRange('A:XFD').getUsedRange(valuesOnly);
  }

  delete(): void {
    this.excel.queue('worksheet.delete', null, () => {
      const sheet = this.sheet();
      if (sheet.visibility === 'VeryHidden') throw new Error('InvalidOperation: a very hidden sheet cannot be deleted');
      const { workbook } = this.excel;
      if (!workbook.sheets.some((other) => other !== sheet && other.visibility === 'Visible')) throw new Error('InvalidOperation: the last visible sheet');
      workbook.sheets = workbook.sheets.filter((other) => other !== sheet);
      if (workbook.active === sheet) workbook.active = workbook.sheets.find((other) => other.visibility === 'Visible') ?? null;
    });
  }

  activate(): void {
    this.excel.queue('worksheet.activate', null, () => {
      this.excel.workbook.active = this.sheet();
    });
  }

  load(props?: string): this {
    return this.queueLoad(props, () => {
      const sheet = this.model();
      return sheet === null ? null : { name: sheet.name, visibility: sheet.visibility, position: this.excel.workbook.sheets.indexOf(sheet) };
    });
  }
}

export class FakeWorksheetCollection extends Loadable {
  get items(): FakeWorksheet[] {
    return this.read('items');
  }

  load(props?: string): this {
    const names = (props ?? '').split(',').map((name) => name.replace(/^items\//u, '').trim());
    return this.queueLoad('items', () => ({
      items: this.excel.workbook.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.excel, () => sheet);
        const values: Record<string, unknown> = { name: sheet.name, visibility: sheet.visibility, position: this.excel.workbook.sheets.indexOf(sheet) };
        for (const name of names) (proxy as unknown as { loaded: Map<string, unknown> }).loaded.set(name, values[name]);
        return proxy;
      }),
    }));
  }

  add(name: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.excel.queue('worksheets.add', name, () => {
      created = this.excel.workbook.addSheet(name);
    });
    return new FakeWorksheet(this.excel, () => created);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => {
      const sheet = this.excel.workbook.find(name);
      if (sheet === undefined) throw new Error(`ItemNotFound: worksheet ${name}`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.excel.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.excel, () => this.excel.workbook.find(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => this.excel.workbook.active);
  }
}

export class FakeSetting extends Loadable {
  constructor(excel: FakeExcel, private readonly key: string) {
    super(excel);
  }

  get value(): unknown {
    return this.read('value');
  }

  load(props?: string): this {
    return this.queueLoad(props, () => (this.excel.workbook.settings.has(this.key) ? { value: this.excel.workbook.settings.get(this.key) } : null));
  }
}

export class FakeWorkbookProtection extends Loadable {
  get protected(): boolean {
    return this.read('protected');
  }

  load(props?: string): this {
    return this.queueLoad(props, () => ({ protected: this.excel.workbook.structureProtected }));
  }
}
