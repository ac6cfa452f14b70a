/**
 * office-addin-mock's OfficeMockObject, loadable under jest. The package requires office-addin-manifest only
 * for its list of host names (OfficeApp); office-addin-manifest 3 in turn pulls an ES-module-only package
 * (strip-bom 5, via @microsoft/app-manifest) that jest's CommonJS runtime on Node 20 cannot require. The host
 * names are all it needs, so they stand in for the whole manifest package here.
 */
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

import { OfficeMockObject } from 'office-addin-mock';

export { OfficeMockObject };

/** A context whose sync() is counted; `data` is the object tree the mock serves. */
export function mockContext(data: Record<string, unknown>) {
  const mock = new OfficeMockObject(data);
  let syncs = 0;
  const sync = mock['sync'] as () => Promise<void>;
  mock['sync'] = async () => {
    syncs += 1;
    await sync.call(mock);
  };
  return { mock, context: mock as unknown as Excel.RequestContext, syncs: () => syncs };
}

/** isNullObject is readable after any sync in office-js; the mock would want it loaded like a property. */
export function settled(object: unknown, isNull: boolean): void {
  Object.defineProperty(object, 'isNullObject', { value: isNull });
}
