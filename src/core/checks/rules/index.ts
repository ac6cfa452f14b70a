import type { CheckRule } from '../rule';
import { entryFormula } from './entryFormula';
import { hardRange } from './hardRange';
import { incrementMismatch } from './incrementMismatch';
import { jointDecline } from './jointDecline';
import { magnitudeSlip } from './magnitudeSlip';
import { notANumber } from './notANumber';
import { relativeTarget } from './relativeTarget';
import { monitoringMissing, requiredMissing } from './requiredMissing';
import { shareAsFraction } from './shareAsFraction';
import { structure } from './structure';
import { subItemAboveParent } from './subItemAboveParent';
import { yoyChange } from './yoyChange';

export {
  entryFormula, hardRange, incrementMismatch, jointDecline, magnitudeSlip, monitoringMissing, notANumber, relativeTarget, requiredMissing,
  shareAsFraction, structure, subItemAboveParent, yoyChange,
};

/** Every rule, in the order findings of one cell are listed: errors first, then warnings. */
export const DEFAULT_RULES: readonly CheckRule[] = [
  structure, entryFormula, notANumber, hardRange, requiredMissing, monitoringMissing, magnitudeSlip, shareAsFraction, yoyChange,
  subItemAboveParent, incrementMismatch, relativeTarget, jointDecline,
];
