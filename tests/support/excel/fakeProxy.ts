/** What every fake proxy shares: load() then sync() before a property can be read, and write-only recorders. */
import type { FakeExcel } from './fakeExcel';

export class PropertyNotLoaded extends Error {}

/** Whatever a proxy may have loaded, readable only after the sync that follows load(). */
export class Loadable {
  protected loaded = new Map<string, unknown>();
  protected nullObject: boolean | null = null;

  constructor(protected readonly excel: FakeExcel) {}

  read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new PropertyNotLoaded(`PropertyNotLoaded: ${prop} (load and sync first)`);
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (this.nullObject === null) throw new PropertyNotLoaded('PropertyNotLoaded: isNullObject (sync first)');
    return this.nullObject;
  }

  protected queueLoad(props: string | string[] | undefined, snapshot: () => Record<string, unknown> | null): this {
    const names = (Array.isArray(props) ? props.join(',') : props ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
    this.excel.queue('load', names, () => {
      const values = snapshot();
      this.nullObject = values === null;
      if (values === null) return;
      for (const name of names) {
        if (!(name in values)) throw new Error(`fake: load of ${name} not modelled`);
        this.loaded.set(name, values[name]);
      }
    });
    return this;
  }
}

/** Sets on a path of a write-only object (format, dataValidation, pageLayout…) go to `sink`. */
export function recorder(sink: (path: string, value: unknown) => void, path = '', methods: Record<string, (...args: unknown[]) => unknown> = {}): unknown {
  return new Proxy({}, {
    get(_target, prop: string) {
      const full = path === '' ? prop : `${path}.${prop}`;
      const method = methods[full];
      if (method !== undefined) return method;
      return recorder(sink, full, methods);
    },
    set(_target, prop: string, value: unknown) {
      sink(path === '' ? prop : `${path}.${prop}`, value);
      return true;
    },
  });
}
