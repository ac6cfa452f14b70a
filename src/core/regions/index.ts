export { ZHEJIANG, type RegionEntry, type RegionLevel } from './zhejiang';
export { findRegion, fullRegionName, regionsUnder } from './findRegion';
export { inRegionOrder } from './inRegionOrder';
export { countiesNamed, type CountiesNamed } from './regionsNamed';
