import { keptPerText } from '../util/kept';
import { simplifiedForms } from '../util/simplifiedForms';
import { UNITS, type UnitDefinition } from './registry';

const bySymbol = new Map<string, UnitDefinition>(UNITS.map((unit) => [unit.symbol, unit]));

/**
 * The unit printed as `symbol` ('%' and '％' alike, 億元 as 亿元), or undefined when the registry does not know it. Kept
 * per symbol lately (every entry of a return is read in its row's unit): at most 1024 symbols of 32 characters.
 */
export const findUnit = keptPerText((symbol: string): UnitDefinition | undefined => {
  const printed = symbol.normalize('NFKC').trim();
  return bySymbol.get(printed) ?? bySymbol.get(simplifiedForms(printed));
}, 1024, 32);

export function isKnownUnit(symbol: string): boolean {
  return findUnit(symbol) !== undefined;
}

/** Two units measure the same thing and convert into each other. */
export function sameDimension(a: string, b: string): boolean {
  const ua = findUnit(a);
  const ub = findUnit(b);
  return ua !== undefined && ub !== undefined && ua.dimension === ub.dimension;
}
