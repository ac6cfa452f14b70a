import type { ParsedNotation } from './types';

/** Every number a reading holds, for checks that apply to all of them (finite, in range). */
export function numbersOf(parsed: ParsedNotation): number[] {
  switch (parsed.kind) {
    case 'blank':
    case 'qualitative':
      return [];
    case 'exact':
    case 'approx':
    case 'min':
    case 'max':
      return [parsed.value];
    case 'range':
      return [parsed.low, parsed.high];
    case 'relative':
      return parsed.margin === null ? [] : [parsed.margin];
    case 'increment_cumulative':
      return [parsed.increment, parsed.cumulative];
  }
}

/** The flat view of a reading for JSON output: the number, its bounds, the increment and the running total. */
export interface FlatNotationNumbers {
  value: number | null;
  low: number | null;
  high: number | null;
  increment: number | null;
  cumulative: number | null;
}

export function flatNumbers(parsed: ParsedNotation): FlatNotationNumbers {
  const none: FlatNotationNumbers = { value: null, low: null, high: null, increment: null, cumulative: null };
  switch (parsed.kind) {
    case 'blank':
    case 'qualitative':
      return none;
    case 'exact':
    case 'approx':
      return { ...none, value: parsed.value };
    case 'min':
      return { ...none, value: parsed.value, low: parsed.value };
    case 'max':
      return { ...none, value: parsed.value, high: parsed.value };
    case 'range':
      return { ...none, low: parsed.low, high: parsed.high };
    case 'relative':
      return { ...none, value: parsed.margin };
    case 'increment_cumulative':
      return { ...none, value: parsed.cumulative, increment: parsed.increment, cumulative: parsed.cumulative };
  }
}
