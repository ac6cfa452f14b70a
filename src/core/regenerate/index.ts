export {
  carriedLayout, type CarriedLayout, type CarriedLayoutResult, type CarryRefusal, type NotCarriedEntry, type RegenerateOptions,
} from './carriedLayout';
export { carriedFromVerdict, CELLS_NAMED, type CarriedFromVerdict } from './carriedFromVerdict';
export { carriedExplanationsOf, withCarriedExplanations } from './carriedExplanations';
