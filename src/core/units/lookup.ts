import { UNITS, type UnitDefinition } from './registry';

const bySymbol = new Map<string, UnitDefinition>(UNITS.map((unit) => [unit.symbol, unit]));

/** The unit printed as `symbol` ('%' and '％' alike), or undefined when the registry does not know it. */
export function findUnit(symbol: string): UnitDefinition | undefined {
  return bySymbol.get(symbol.normalize('NFKC').trim());
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
