/**
 * A recording fake of the Excel objects the adapter uses, with office-js's batching semantics: property sets
 * and method calls are queued and take effect only at context.sync(), in order; a loaded property can be read
 * only after the sync that follows its load(); *OrNullObject proxies say isNullObject after a sync.
 *
 * Why not office-addin-mock alone: its OfficeMockObject is a static tree of values — it has no queue (a set
 * takes effect at once), so it cannot count what one request carries or fail a sync half-way; it cannot create
 * sheets (worksheets.add), resolve ranges by address, merge, or read back what was written. The simple
 * one-object actions are tested with office-addin-mock (cellActions.test.ts); the writer and the readers here.
 */
import { parseArea, typedValue, WorkbookModel, type Area, type SheetModel } from './fakeModel';
import {
  FakeNoteCollection, FakeSetting, FakeWorkbookProtection, FakeWorksheet, FakeWorksheetCollection,
} from './fakeWorksheet';

export interface Op {
  kind: string;
  bytes: number;
  apply(): void;
}

export interface RequestRecord {
  ops: number;
  /** UTF-8 bytes of the queued operations as JSON (kind, target, arguments). */
  bytes: number;
  kinds: Map<string, number>;
}

/** '1.10' after '1.9'. */
function compareSets(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The fake: its workbook, a context to pass the adapter, and what each request carried. */
export class FakeExcel {
  readonly workbook = new WorkbookModel();
  readonly requests: RequestRecord[] = [];
  private pending: Op[] = [];
  /** Fails the n-th sync (1-based) after applying the first half of its operations. */
  failAtSync: number | null = null;
  /**
   * The newest ExcelApi set this Excel has (null: all of them), as Office 2016 (1.1) or 2019 (1.7). office.js from
   * the CDN offers every method on every Excel; an older Excel refuses the request that holds a newer call
   * (ApiNotFound), and so does the fake: the calls the adapter uses are tagged with their set (fakeWorksheet, fakeRange).
   */
  apiVersion: string | null = null;
  readonly context: Excel.RequestContext;

  constructor() {
    const protection = new FakeWorkbookProtection(this);
    const notes = new FakeNoteCollection(this, () => this.workbook.notes, null);
    const comments = new FakeNoteCollection(this, () => this.workbook.comments, null);
    const workbookProxy = {
      worksheets: new FakeWorksheetCollection(this),
      protection,
      settings: {
        add: (key: string, value: unknown) => this.queue('settings.add', { key, value }, () => {
          this.workbook.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
        }),
        getItemOrNullObject: (key: string) => new FakeSetting(this, key),
      },
      notes,
      comments,
      /** Workbook.name (ExcelApi 1.7), readable once loaded. */
      name: 'workbook.xlsx',
      load: (props: string) => {
        if (props.split(',').includes('name')) this.requireApi('1.7', 'Workbook.name');
      },
      getSelectedRange: () => {
        const worksheet = new FakeWorksheet(this, () => this.workbook.selection?.sheet ?? null);
        return worksheet.getRange(this.workbook.selection?.ref ?? 'A1');
      },
    };
    this.context = { workbook: workbookProxy, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  /** Office.context.requirements.isSetSupported of this Excel. */
  readonly isSupported = (set: string, version: string): boolean => set === 'ExcelApi' && (this.apiVersion === null || compareSets(version, this.apiVersion) <= 0);

  /** A call of ExcelApi `version`: on an older Excel the request that carries it fails. */
  requireApi(version: string, what: string): void {
    if (this.isSupported('ExcelApi', version)) return;
    this.queue('ApiNotFound', what, () => {
      throw new Error(`ApiNotFound: ${what} needs ExcelApi ${version}; this Excel has ${this.apiVersion ?? ''}`);
    });
  }

  get syncs(): number {
    return this.requests.length;
  }

  queue(kind: string, payload: unknown, apply: () => void): void {
    const json = JSON.stringify({ kind, payload }) ?? '';
    this.pending.push({ kind, bytes: Buffer.byteLength(json, 'utf8'), apply });
  }

  /** A locked cell of a protected sheet refuses writes, as Excel does. */
  guardProtected(sheet: SheetModel, area: Area, what: string): void {
    if (!sheet.protection.protected) return;
    for (let row = area.top; row <= Math.min(area.bottom, area.top + 50); row++) {
      for (let col = area.left; col <= Math.min(area.right, area.left + 50); col++) {
        const cell = sheet.peek(row, col);
        const locked = cell?.format.get('protection.locked') !== false;
        if (locked || what.startsWith('format') || what === 'note.add') throw new Error(`AccessDenied: ${what} on a protected sheet`);
      }
    }
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    const kinds = new Map<string, number>();
    for (const op of ops) kinds.set(op.kind, (kinds.get(op.kind) ?? 0) + 1);
    this.requests.push({ ops: ops.length, bytes: ops.reduce((sum, op) => sum + op.bytes, 0), kinds });
    const failAt = this.failAtSync === this.requests.length ? Math.floor(ops.length / 2) : -1;
    await Promise.resolve();
    ops.forEach((op, i) => {
      if (i === failAt) throw new Error(`GeneralException: injected failure in sync ${this.requests.length}`);
      op.apply();
    });
  }

  /** Shortcut for tests: a sheet's cell as values/valueTypes give it. */
  valueAt(sheet: string, address: string): unknown {
    const model = this.workbook.find(sheet);
    const area = parseArea(address);
    return typedValue(model?.peek(area.top, area.left)).value;
  }
}
