export {
  carriedLayout, type CarriedLayout, type CarriedLayoutResult, type CarryRefusal, type NotCarriedEntry, type RegenerateOptions,
} from './carriedLayout';
