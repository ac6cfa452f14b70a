/**
 * `check --previous`: earlier-year values that differ from the accepted returns, each a revision named with both
 * values and its cell. The returns given as accepted are checked first: one the checks reject is not an accepted
 * value and is said so; a return nothing accepted precedes is said not compared, never counted as unrevised.
 */
import { checkWorkbook, type Verdict } from '../core/checks';
import type { LoadedCatalog } from '../core/catalog';
import { translate, type Locale } from '../core/i18n';
import { compareWithAccepted, type Revision, type RevisionComparison } from '../core/revisions';
import { EXIT, type CommandIo } from './io';
import { readReturns, type ReadReturn } from './readReturns';

/** What --json records of the comparison. */
export interface RevisionsJson {
  revisions: Array<Omit<Revision, 'address'> & { cell: string; message: string }>;
  uncompared: RevisionComparison['uncompared'];
  notAccepted: Array<{ file: string; verdict: Verdict }>;
  acceptedTwice: RevisionComparison['acceptedTwice'];
}

export interface RevisionsResult {
  status: number;
  json: RevisionsJson;
}

function revisionLine(revision: Revision, locale: Locale): string {
  const blank = translate(locale, 'revision.blank');
  const code = revision.explained ? 'revision.explained' : revision.explanationUnchanged ? 'revision.explanation_unchanged' : 'revision.unexplained';
  return translate(locale, code, {
    region: revision.region, name: revision.name, year: String(revision.year), acceptedIn: String(revision.acceptedIn),
    acceptedValue: revision.acceptedValue ?? blank, currentValue: revision.currentValue ?? blank,
    file: revision.file, sheet: revision.sheet, cell: revision.address,
  });
}

export async function reportRevisions(
  files: readonly string[], previous: readonly string[], io: CommandIo, locale: Locale, loaded: LoadedCatalog,
): Promise<RevisionsResult> {
  const current = await readReturns(files, io.cwd, locale);
  const notAccepted: RevisionsJson['notAccepted'] = [];
  const keepAccepted = (file: ReadReturn): ReadReturn => {
    const { verdict } = checkWorkbook(file.sheets, loaded);
    if (verdict !== 'rejected') return file;
    notAccepted.push({ file: file.file, verdict });
    return { file: file.file, sheets: [] };
  };
  const accepted = await readReturns(previous, io.cwd, locale, keepAccepted);
  for (const file of accepted.unreadable) io.stderr(`${translate(locale, 'cli.file_problem', { file: file.file, problem: file.message })}\n`);
  const comparison = compareWithAccepted(current.read, accepted.read, loaded.catalog.concepts);
  io.stdout('\n');
  for (const file of notAccepted) {
    io.stdout(`${translate(locale, 'revision.previous_not_accepted', { file: file.file, verdict: translate(locale, `cli.verdict.${file.verdict}`) })}\n`);
  }
  const separator = translate(locale, 'cli.list_separator');
  for (const twice of comparison.acceptedTwice) {
    io.stdout(`${translate(locale, 'revision.accepted_twice', {
      region: twice.region, year: String(twice.reportingYear), used: twice.used, ignored: twice.ignored.join(separator),
    })}\n`);
  }
  for (const entry of comparison.uncompared) {
    io.stdout(`${translate(locale, 'revision.uncompared', { file: entry.file, region: entry.region, year: String(entry.reportingYear) })}\n`);
  }
  const lines = comparison.revisions.map((revision) => revisionLine(revision, locale));
  for (const text of lines) io.stdout(`${text}\n`);
  const unexplained = comparison.revisions.filter((revision) => !revision.explained).length;
  io.stdout(`${translate(locale, 'revision.summary', { count: comparison.revisions.length, unexplained })}\n`);
  const status = unexplained > 0 ? EXIT.warnings : accepted.unreadable.length > 0 ? EXIT.unreadable : EXIT.ok;
  return {
    status,
    json: {
      revisions: comparison.revisions.map(({ address, ...revision }, index) => ({ ...revision, cell: address, message: lines[index] ?? '' })),
      uncompared: comparison.uncompared, notAccepted, acceptedTwice: comparison.acceptedTwice,
    },
  };
}
