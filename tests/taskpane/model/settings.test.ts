import { customCatalogsOf, settingOf, withCustomCatalog } from '../../../src/taskpane/model/customCatalogs';
import { reviewRecordOf } from '../../../src/taskpane/model/reviewSummary';

describe('custom catalogs kept in a workbook', () => {
  const a = { planId: 'a', files: [{ file: 'a.yaml', text: 'plan: a' }] };
  const b = { planId: 'b', files: [{ file: 'b.yaml', text: 'plan: b' }, { file: 'concepts-b.yaml', text: 'concepts: []' }] };

  it('round-trip through the setting', () => {
    expect(customCatalogsOf(settingOf([a, b]))).toEqual([a, b]);
  });

  it('replace an earlier import of the same plan id', () => {
    const again = { planId: 'a', files: [{ file: 'a.yaml', text: 'plan: a2' }] };
    expect(withCustomCatalog([a, b], again)).toEqual([b, again]);
  });

  it('leave out whatever is malformed, so the pane starts whatever the workbook holds', () => {
    expect(customCatalogsOf(null)).toEqual([]);
    expect(customCatalogsOf('x')).toEqual([]);
    expect(customCatalogsOf([{ planId: 'a' }, { planId: 3, files: [] }, { planId: 'c', files: [{ file: 1 }] }, ...(settingOf([a]) as unknown[] as never[])])).toEqual([a]);
  });
});

describe('review record', () => {
  it('reads back only a complete acceptance', () => {
    expect(reviewRecordOf({ status: 'accepted', verdict: 'accepted', at: '2024-05-01T08:00:00.000Z', errors: 0, warnings: 1 })).toEqual({ status: 'accepted', verdict: 'accepted', at: '2024-05-01T08:00:00.000Z', errors: 0, warnings: 1 });
    expect(reviewRecordOf({ status: 'rejected', verdict: 'x', at: 'y', errors: 0, warnings: 0 })).toBeNull();
    expect(reviewRecordOf(null)).toBeNull();
  });
});
