export { type ArgumentProblem, type Resolved } from './problem';
export { resolveRegion, type ResolvedRegion } from './region';
export { checkPlanRegion, resolvePlans } from './plan';
export { checkReportingYear, parseYear } from './year';
export { checkXlsxOutput } from './output';
