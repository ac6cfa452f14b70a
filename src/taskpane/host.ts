/** Where the pane runs: inside Excel (office.js loaded and Office.onReady reports Excel) or in a plain browser. */
export interface HostInfo {
  kind: 'excel' | 'browser';
  /** Office's display language, e.g. 'zh-CN', 'en-US'; the browser's language outside Office. */
  language: string;
}

const OFFICE_READY_TIMEOUT_MS = 3000;

export async function detectHost(): Promise<HostInfo> {
  const browserLanguage = typeof navigator === 'undefined' ? 'zh-CN' : navigator.language;
  if (typeof Office === 'undefined') return { kind: 'browser', language: browserLanguage };
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const info = await Promise.race([Office.onReady(), timeout]);
  if (info === null || info.host !== Office.HostType.Excel) return { kind: 'browser', language: browserLanguage };
  return { kind: 'excel', language: Office.context.displayLanguage || 'zh-CN' };
}
