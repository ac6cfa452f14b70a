export { seededRandom } from './random';
export { sampleEntries, type SampleEntry } from './sampleValues';
export { applyMistakes, type MistakeKind, type MistakeResult, type SampleExplanation } from './mistakes';
