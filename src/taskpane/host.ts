/**
 * Where the pane runs: inside Excel (office.js loaded and Office.onReady reports Excel) or in a plain browser.
 * With ports/excelPort.ts, the only file of the pane that reads Office globals.
 */
export interface OfficeThemeColours {
  bodyBackground: string;
  bodyForeground: string;
  controlBackground: string;
  controlForeground: string;
}

export interface HostInfo {
  kind: 'excel' | 'browser';
  /** Office's display language, e.g. 'zh-CN', 'en-US'; the browser's language outside Office. */
  language: string;
  /** Office's theme, when the host gives one. */
  theme: OfficeThemeColours | null;
}

/** office.js resolves Office.onReady at once outside Office; this only guards against a host that never answers. */
const OFFICE_READY_TIMEOUT_MS = 3000;

function officeTheme(): OfficeThemeColours | null {
  try {
    const theme = Office.context.officeTheme;
    if (theme === undefined || theme === null || typeof theme.bodyBackgroundColor !== 'string') return null;
    return {
      bodyBackground: theme.bodyBackgroundColor,
      bodyForeground: theme.bodyForegroundColor,
      controlBackground: theme.controlBackgroundColor,
      controlForeground: theme.controlForegroundColor,
    };
  } catch {
    // Hosts without officeTheme throw on access: the pane keeps its own colours.
    return null;
  }
}

export async function detectHost(): Promise<HostInfo> {
  const browser: HostInfo = { kind: 'browser', language: typeof navigator === 'undefined' ? 'zh-CN' : navigator.language, theme: null };
  // The office.js script failed to load (no network, blocked CDN): the browser pane starts at once.
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return browser;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS);
  });
  const info = await Promise.race([Office.onReady(), timeout]);
  clearTimeout(timer);
  if (info === null || info.host !== Office.HostType.Excel) return browser;
  return { kind: 'excel', language: Office.context.displayLanguage || 'zh-CN', theme: officeTheme() };
}
