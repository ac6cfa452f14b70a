import { placeA1 } from '../../form';
import type { ReaderObservation } from '../../returns';
import type { SheetOutcome } from '../rule';
import { fail } from '../rule';
import type { SheetView } from '../sheetView';
import type { Severity } from '../types';

/** The reader's observations whose code `selects` takes, as failures (one per observation), with `severityOf` overriding the rule's. */
export function observationOutcomes(view: SheetView, selects: (code: ReaderObservation['code']) => boolean, severityOf?: (code: ReaderObservation['code']) => Severity | undefined): SheetOutcome[] {
  const { sheet } = view;
  return sheet.observations.filter((observation) => selects(observation.code)).map((observation) => {
    const severity = severityOf?.(observation.code);
    return {
      at: observation.at ?? null,
      indicatorId: null,
      rows: [],
      outcome: fail(observation.code, {
        sheet: sheet.sheet, cell: observation.at === undefined ? '' : placeA1(observation.at), found: observation.found ?? '', expected: observation.expected ?? '',
        ...(observation.detail === undefined ? {} : { detail: observation.detail }),
      }, { value: observation.found ?? null, expected: observation.expected ?? null, ...(severity === undefined ? {} : { severity }) }),
    };
  });
}
