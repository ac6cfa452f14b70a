export { findRevisions, type Revision } from './findRevisions';
