/** The 校验结果 sheet of a check: its verdict, a summary per rule, every finding linked to its cell. */
import type { LoadedCatalog } from '../../core/catalog';
import type { SheetLayout } from '../../core/layout';
import { findingsReportLayout } from '../../core/reports';
import { indicatorNamesById, ruleNames } from '../../core/checks';
import type { WorkbookCheck } from './sheetChecks';

export function findingsSheet(check: WorkbookCheck, loaded: LoadedCatalog): SheetLayout {
  return findingsReportLayout({
    findings: [...check.errors, ...check.warnings].sort((a, b) => a.sheet.localeCompare(b.sheet)),
    indicatorNames: indicatorNamesById(loaded),
    // The sheet is a Chinese form whatever the pane's language, as every generated sheet is.
    ruleNames: ruleNames('zh-CN'),
    verdict: check.verdict,
  });
}
