/**
 * A 待核实 row's reason as a consolidation record holds it (decision 0210). Format 2 keeps the finding's code and
 * params, worded wherever the record is shown, in the language asked there. Format 1 (written before) kept the reason
 * worded in one language: it is read as the message `consolidate.recorded_reason`, which shows that text as it is.
 */
import { isMessageCode, translateWith, type Coded, type MessageParam, type MessageParams } from '../i18n';

/** A reason worded by the file that carries it (a format 1 record): shown as written, in whatever language. */
const writtenReason = (text: string): Coded => ({ code: 'consolidate.recorded_reason', params: { text } });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A param read back: text, a finite number or a nested message; undefined when it is none of them. */
function paramOf(value: unknown): MessageParam | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return codedOf(value) ?? undefined;
}

function paramsOf(value: unknown): MessageParams | null {
  if (!isObject(value)) return null;
  const params: MessageParams = {};
  for (const [key, entry] of Object.entries(value)) {
    const param = paramOf(entry);
    if (param === undefined) return null;
    params[key] = param;
  }
  return params;
}

/**
 * A coded message read from JSON: null when it is not `{code, params}`. A code these tables do not word (a record
 * made by a later version) keeps the row 待核实 with the code and its params as its text, rather than losing the row.
 */
function codedOf(value: unknown): Coded | null {
  if (!isObject(value) || typeof value.code !== 'string') return null;
  const params = paramsOf(value.params ?? {});
  if (params === null) return null;
  return isMessageCode(value.code) ? { code: value.code, params } : writtenReason(translateWith({}, value.code, params));
}

/** A county's 待核实 reasons as the record of `format` holds them; null when one is not what that format writes. */
export function recordedReasons(value: unknown, format: 1 | 2): Record<string, Coded> | null {
  if (!isObject(value)) return null;
  const reasons: Record<string, Coded> = {};
  for (const [rowId, entry] of Object.entries(value)) {
    const reason = format === 1 ? (typeof entry === 'string' ? writtenReason(entry) : null) : codedOf(entry);
    if (reason === null) return null;
    reasons[rowId] = reason;
  }
  return reasons;
}
