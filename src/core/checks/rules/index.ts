import type { CheckRule } from '../rule';
import { contentOutside } from './contentOutside';
import { dangerous } from './dangerous';
import { explanation } from './explanation';
import { formShown } from './formShown';
import { futureYearValue } from './futureYearValue';
import { entryFormula } from './entryFormula';
import { hardRange } from './hardRange';
import { impossibleSize } from './impossibleSize';
import { incrementMismatch } from './incrementMismatch';
import { jointDecline } from './jointDecline';
import { magnitudeSlip } from './magnitudeSlip';
import { notANumber } from './notANumber';
import { relativeTarget } from './relativeTarget';
import { monitoringMissing, requiredMissing } from './requiredMissing';
import { shareAsFraction } from './shareAsFraction';
import { shareParts } from './shareParts';
import { structure } from './structure';
import { subItemAboveParent } from './subItemAboveParent';
import { yoyChange } from './yoyChange';

export {
  hardRange, incrementMismatch, jointDecline, magnitudeSlip, monitoringMissing, notANumber,
  relativeTarget, requiredMissing, shareAsFraction, structure, subItemAboveParent, yoyChange,
};

/** Every rule, in the order findings of one cell are listed: errors first, then warnings. */
export const DEFAULT_RULES: readonly CheckRule[] = [
  structure, dangerous, formShown, entryFormula, notANumber, hardRange, impossibleSize, shareParts, futureYearValue, contentOutside, requiredMissing,
  monitoringMissing, magnitudeSlip, shareAsFraction, yoyChange, subItemAboveParent, incrementMismatch, relativeTarget, jointDecline, explanation,
];
