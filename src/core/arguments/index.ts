export { nearest, type ArgumentProblem, type Resolved } from './problem';
export { resolveRegion, type ResolvedRegion } from './region';
export { checkPlanRegion, resolvePlans } from './plan';
export { checkReportingYear, parseYear, reportingYearsOf } from './year';
export { checkXlsxOutput } from './output';
export { checkCarry, type CarryBasis, type CarryChoice } from './carry';
