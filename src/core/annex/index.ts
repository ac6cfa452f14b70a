export { completionActuals, completionSheetOf, completionYear, sheetsOfPlan } from './completionFromReturns';
