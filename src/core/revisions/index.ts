export { compareWithAccepted, type AcceptedTwice, type ReturnFileSheets, type Revision, type RevisionComparison, type UncomparedReturn } from './compareWithAccepted';
