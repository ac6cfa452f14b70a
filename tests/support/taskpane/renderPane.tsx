/** The whole pane rendered as the bundle renders it, for a host and a port. */
import { RendererProvider } from '@fluentui/react-components';
import { configure, render } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import type { HostInfo } from '../../../src/taskpane/host';
import type { WorkbookPort } from '../../../src/taskpane/ports/workbookPort';
import type { PaneServices } from '../../../src/taskpane/services';
import { elementErrorWithoutDomWhileWaiting } from './queryErrors';
import { queriedStylesRenderer } from './queriedStyles';
import { testCatalog, testServices } from './services';

// The bundled catalog is parsed once per test file, here, before any pane renders: a findBy… wait then never
// includes that parse (0.7–1.5 s on a busy machine, longer than testing-library's default 1 s). The wait itself is
// raised for the ExcelJS reads and writes a flow awaits; a failure still fails, only later. A query retried by a wait
// does not print the document at each attempt (queryErrors.ts).
testCatalog();
configure({ asyncUtilTimeout: 10_000, getElementError: elementErrorWithoutDomWhileWaiting() });

// Fluent's style rules in the document are those a query can read (queriedStyles.ts); one renderer per test file,
// as the bundle has one per page.
const renderer = queriedStylesRenderer(document);

export function renderPane(port: WorkbookPort, options: { language?: string; services?: Partial<PaneServices>; readOnly?: boolean } = {}) {
  const host: HostInfo = { kind: port.mode, language: options.language ?? 'zh-CN', theme: null, ...(options.readOnly === undefined ? {} : { readOnly: options.readOnly }) };
  const services = testServices(port, options.services);
  const pane = (
    <RendererProvider renderer={renderer} targetDocument={document}>
      <App host={host} services={services} />
    </RendererProvider>
  );
  return { ...render(pane), services };
}
