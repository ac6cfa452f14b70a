export type { Attainment, AttainmentInput, AttainmentStatus, Sense, TargetSpec, UnjudgedReason, YearValue } from './types';
export { attainmentOf } from './attainmentOf';
export { computeAttainment } from './computeAttainment';
export { applicableTarget } from './applicableTarget';
export { indicatorInput } from './indicatorInput';
export { DEFAULT_TOLERANCE } from './goal';
export { projectedRatio, sdgBand, SDG_BANDS, type ProjectedRatio, type ProjectedRatioReason, type SdgProgressBand } from './projectedRatio';
export { attainmentFormulas, type AttainmentFormulaInput, type AttainmentFormulas } from './formulas';
export { SHEET_STATUS_LABELS, QUALITATIVE_ANSWERS, statusFromSheetLabel } from './statusLabels';
