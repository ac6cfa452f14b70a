import { simplifiedForms } from '../util/simplifiedForms';
import { UNITS, type UnitDefinition } from './registry';

const bySymbol = new Map<string, UnitDefinition>(UNITS.map((unit) => [unit.symbol, unit]));

/** The unit printed as `symbol` ('%' and '％' alike, 億元 as 亿元), or undefined when the registry does not know it. */
export function findUnit(symbol: string): UnitDefinition | undefined {
  const printed = symbol.normalize('NFKC').trim();
  return bySymbol.get(printed) ?? bySymbol.get(simplifiedForms(printed));
}

export function isKnownUnit(symbol: string): boolean {
  return findUnit(symbol) !== undefined;
}

/** Two units measure the same thing and convert into each other. */
export function sameDimension(a: string, b: string): boolean {
  const ua = findUnit(a);
  const ub = findUnit(b);
  return ua !== undefined && ub !== undefined && ua.dimension === ub.dimension;
}
