/**
 * Any error an action may meet, as a sentence for the user with what to do next: the adapters' refusals
 * (ExcelAdapterError, PortError: message codes), a file that cannot be read (ReturnFileError: worded problem),
 * an import the catalog writer refused, Excel's own errors (worded by Excel), anything else (its message).
 * Matched by shape, not by class, so that errors from a lazily loaded chunk are recognised too.
 */
import { isMessageCode, renderProblem, translate, type Locale, type MessageParams } from '../../core/i18n';

interface Coded {
  code: string;
  params?: MessageParams;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function codedMessage(error: unknown, locale: Locale): string | null {
  if (!isObject(error) || typeof error['code'] !== 'string') return null;
  const { code, params } = error as unknown as Coded;
  if (isMessageCode(code)) return translate(locale, code, isObject(params) ? params : {});
  const detail = typeof error['detail'] === 'string' ? error['detail'] : '';
  // A refusal whose detail names its case has a sentence for each (import.plan_incomplete: title, region, level).
  const paneCode = [`pane.error.${code}.${detail}`, `pane.error.${code}`].find(isMessageCode);
  return paneCode === undefined ? null : translate(locale, paneCode, { detail });
}

function fileProblemMessage(error: unknown, locale: Locale): string | null {
  if (!isObject(error) || !isObject(error['problem'])) return null;
  const { messageCode, params } = error['problem'];
  if (typeof messageCode !== 'string' || !isMessageCode(messageCode)) return null;
  return renderProblem({ messageCode, params: isObject(params) ? (params as MessageParams) : {} }, locale);
}

export function errorText(error: unknown, locale: Locale): string {
  const known = fileProblemMessage(error, locale) ?? codedMessage(error, locale);
  if (known !== null) return known;
  const detail = error instanceof Error ? error.message : String(error);
  // office-js errors (OfficeExtension.Error) carry Excel's own wording in `message`. AccessDenied is how Excel refuses
  // a write to a workbook opened read-only or to a protected sheet or structure: "try again" would not help there.
  if (isObject(error) && error['name'] === 'RichApi.Error') {
    return translate(locale, error['code'] === 'AccessDenied' ? 'pane.error.read_only' : 'pane.error.excel', { detail });
  }
  return translate(locale, 'pane.error.unexpected', { detail });
}
