export { UNITS, type Dimension, type UnitDefinition } from './registry';
export { findUnit, isKnownUnit, sameDimension } from './lookup';
export { convertUnit, scaleByPowerOfTen, type ConversionResult } from './convert';
export { hardRangeProblem, type HardRangeProblem } from './hardRange';
