import { simplifiedForms } from '../util/simplifiedForms';
import { UNITS, type UnitDefinition } from './registry';

const bySymbol = new Map<string, UnitDefinition>(UNITS.map((unit) => [unit.symbol, unit]));

/** Symbols looked up lately (every entry of a return is read in its row's unit): short ones, emptied when full. */
const FOUND = new Map<string, UnitDefinition | null>();
const FOUND_SIZE = 1024;

/** The unit printed as `symbol` ('%' and '％' alike, 億元 as 亿元), or undefined when the registry does not know it. */
export function findUnit(symbol: string): UnitDefinition | undefined {
  const found = FOUND.get(symbol);
  if (found !== undefined) return found ?? undefined;
  const printed = symbol.normalize('NFKC').trim();
  const unit = bySymbol.get(printed) ?? bySymbol.get(simplifiedForms(printed));
  if (FOUND.size >= FOUND_SIZE) FOUND.clear();
  if (symbol.length <= 32) FOUND.set(symbol, unit ?? null);
  return unit;
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
