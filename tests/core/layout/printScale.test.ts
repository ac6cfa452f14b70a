import { reportingYearsOf } from '../../../src/core/arguments';
import { reportingSheetLayout } from '../../../src/core/layout';
import { columnPoints, MIN_PRINT_SCALE, pageWidthPoints, printedWidthPoints, scaleToFit } from '../../../src/core/layout/printScale';
import { realCatalog } from '../../support/catalog';

const margins = { left: 0.25, right: 0.25, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

describe('print scale', () => {
  it('measures columns as Excel does: 7 pixels a unit and 5 of padding, at 96 dpi', () => {
    expect(columnPoints(8)).toBe(45.75);
    expect(printedWidthPoints([{ col: 0, width: 8, hidden: false }, { col: 1, width: 60, hidden: true }, { col: 2, width: 10, hidden: false }])).toBe(45.75 + 56.25);
    expect(pageWidthPoints('landscape', margins)).toBeCloseTo((297 / 25.4 - 0.5) * 72, 6);
  });

  it('keeps a percent in hand and never enlarges past 100 %', () => {
    const page = pageWidthPoints('landscape', margins);
    expect(scaleToFit(page / 0.9, 'landscape', margins)).toBe(89);
    expect(scaleToFit(page / 2, 'landscape', margins)).toBe(100);
  });

  it('every plan’s form, for every year of its period, fits one A4 landscape page width at 85 % or more', () => {
    const catalog = realCatalog();
    for (const plan of catalog.catalog.plans) {
      const { first, last } = reportingYearsOf([plan]);
      for (let year = first; year <= last; year++) {
        const sheet = reportingSheetLayout({ plans: [plan], region: plan.plan.region, reportingYear: year, merge: false, catalogVersion: catalog.version });
        const fit = scaleToFit(printedWidthPoints(sheet.columns), 'landscape', sheet.print?.margins ?? margins);
        expect([plan.plan.id, year, fit >= MIN_PRINT_SCALE, sheet.print?.scale]).toEqual([plan.plan.id, year, true, fit]);
        // Repeated on each page in case a spreadsheet program's wider font pushes a column over.
        expect(sheet.print?.printTitleColumns).toBe('A:D');
      }
    }
  });
});
