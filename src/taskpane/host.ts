/**
 * Where the pane runs: inside Excel (office.js loaded and Office.onReady reports Excel) or in a plain browser.
 * With ports/excelPort.ts, the only file of the pane that reads Office globals. office.js loads async (it never
 * holds up the first paint); the boot script (static/boot.js) tells whether it arrived or failed.
 */
export interface OfficeThemeColours {
  bodyBackground: string;
  bodyForeground: string;
  controlBackground: string;
  controlForeground: string;
}

/** Why the pane runs in browser mode: office.js said there is no Office host, it failed to load, or it never answered. */
export type OfficeAbsence = 'no_host' | 'failed' | 'timeout';

export interface HostInfo {
  kind: 'excel' | 'browser';
  /** Office's display language, e.g. 'zh-CN', 'en-US'; the browser's language outside Office. */
  language: string;
  /** Office's theme, when the host gives one. */
  theme: OfficeThemeColours | null;
  /** Browser mode: why office.js gave no Excel (the pane says so when it could not be reached). */
  officeAbsence?: OfficeAbsence;
  /** Excel: the workbook was opened read-only (Office.context.document.mode), as a reviewer's share often is. */
  readOnly?: boolean;
}

/** The boot script's record of office.js (static/boot.js). */
interface BootState {
  office: 'loading' | 'loaded' | 'failed';
  started: boolean;
  listeners: Array<(state: 'loaded' | 'failed') => void>;
}

/**
 * office.js that has neither loaded nor failed this long after the page began to load is taken as unreachable:
 * with the render after it, the pane says so within 5 s of opening.
 */
const OFFICE_WAIT_MS = 3500;

/** Milliseconds left until `waitMs` after the page began to load (performance.now() counts from navigation). */
function remaining(waitMs: number): number {
  const sinceNavigation = typeof performance === 'undefined' ? 0 : performance.now();
  return Math.max(0, waitMs - sinceNavigation);
}

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

function bootState(): BootState | null {
  const boot = (globalThis as { planPaneBoot?: BootState }).planPaneBoot;
  return boot === undefined ? null : boot;
}

/** Waits for office.js to load or fail, at most until `deadline` (ms since start). */
function officeScript(deadline: number): Promise<'loaded' | 'failed' | 'timeout'> {
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') return Promise.resolve('loaded');
  const boot = bootState();
  if (boot === null) return Promise.resolve('failed');
  if (boot.office !== 'loading') return Promise.resolve(boot.office);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), deadline);
    boot.listeners.push((state) => {
      clearTimeout(timer);
      resolve(state);
    });
  });
}

export async function detectHost(waitMs: number = OFFICE_WAIT_MS): Promise<HostInfo> {
  const browserLanguage = typeof navigator === 'undefined' ? 'zh-CN' : navigator.language;
  const browser = (officeAbsence: OfficeAbsence): HostInfo => ({ kind: 'browser', language: browserLanguage, theme: null, officeAbsence });
  const script = await officeScript(remaining(waitMs));
  if (script !== 'loaded' || typeof Office === 'undefined' || typeof Office.onReady !== 'function') return browser(script === 'loaded' ? 'failed' : script);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), Math.max(500, remaining(waitMs)));
  });
  const info = await Promise.race([Office.onReady(), timeout]);
  clearTimeout(timer);
  if (info === null) return browser('timeout');
  if (info.host !== Office.HostType.Excel) return browser('no_host');
  return { kind: 'excel', language: Office.context.displayLanguage || 'zh-CN', theme: officeTheme(), readOnly: documentReadOnly() };
}

/** Whether Office opened the document read-only; a host that does not say is taken as writable (its writes may still fail). */
function documentReadOnly(): boolean {
  try {
    return Office.context.document.mode === Office.DocumentMode.ReadOnly;
  } catch {
    return false;
  }
}

/** Tells the boot script the bundle runs (a later error is no longer a sign of an old web view). */
export function markStarted(): void {
  const boot = bootState();
  if (boot !== null) boot.started = true;
}
