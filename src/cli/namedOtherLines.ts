/**
 * The notes that name a return whose file is named for another county of its city than the one whose form it is
 * (decision 0279): a county that filled in a neighbour's form from the city's shared folder. Each return alone is
 * clean, and consolidate counts it for the form's county, so nothing else would say it. Said under check's summary
 * and among consolidate's notes.
 */
import path from 'node:path';
import { translate, type Locale } from '../core/i18n';
import { countiesNamed, fullRegionName } from '../core/regions';
import { printable } from './shownPath';

/** One note as `check --json` gives it (among `sameReturns`): the file, the regions its name names, the form's region; the text worded in --lang, without check's bullet. */
export interface NamedOtherNote {
  kind: 'named_other';
  file: string;
  named: string[];
  region: string;
  message: string;
}

/** The name's or else the folder's (when the name names no county of the city: 收到/柯桥区/报表.xlsx) word on the region. */
function namedFor(source: string, region: string): string[] {
  const base = countiesNamed(path.basename(source).replace(/\.[^.]*$/u, ''), region);
  const folder = path.dirname(source);
  const said = base.own || base.others.length > 0 || folder === '.' ? base : countiesNamed(path.basename(folder), region);
  return said.own ? [] : said.others.map(fullRegionName);
}

/** A return as the notes need it: its file as shown and the region of its form (full name). */
export interface NamedReturn {
  source: string;
  region: string;
}

export function namedOtherNotes(returns: readonly NamedReturn[], locale: Locale): NamedOtherNote[] {
  const separator = translate(locale, 'cli.list_separator');
  const seen = new Set<string>();
  const notes: NamedOtherNote[] = [];
  for (const { source, region } of returns) {
    if (seen.has(source)) continue;
    seen.add(source);
    const named = namedFor(source, region);
    if (named.length === 0) continue;
    const message = translate(locale, 'cli.named_other', { file: printable(source), named: named.join(separator), region });
    notes.push({ kind: 'named_other', file: source, named, region, message });
  }
  return notes;
}
