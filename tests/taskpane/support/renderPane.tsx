/** The whole pane rendered as the bundle renders it, for a host and a port. */
import { render } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import type { HostInfo } from '../../../src/taskpane/host';
import type { WorkbookPort } from '../../../src/taskpane/ports/workbookPort';
import type { PaneServices } from '../../../src/taskpane/services';
import { testServices } from './services';

export function renderPane(port: WorkbookPort, options: { language?: string; services?: Partial<PaneServices> } = {}) {
  const host: HostInfo = { kind: port.mode, language: options.language ?? 'zh-CN', theme: null };
  const services = testServices(port, options.services);
  return { ...render(<App host={host} services={services} />), services };
}
