export { accepted, editDistance, nearest, refused, type ArgumentProblem, type Resolved } from './problem';
export { regionAncestry, resolveRegion, type ResolvedRegion } from './region';
export { checkPlanRegion, resolvePlans } from './plan';
export { baselineYearOf, checkReportingYear, parseYear, reportingYearsOf } from './year';
export { checkXlsxOutput } from './output';
export { checkCarry, type CarryBasis, type CarryChoice } from './carry';
