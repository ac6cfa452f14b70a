/**
 * The pane's entry: find out where it runs (Excel, or a plain browser when office.js did not load or reports
 * no host), choose the workbook port, render. Heavy parts load later, on first use (lazy.ts).
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost, markStarted } from './host';
import { importer, loadCatalog, loadWorkbookFile, xlsxBytes } from './lazy';
import { BrowserPort } from './ports/browserPort';
import { ExcelPort } from './ports/excelPort';

markStarted();
const root = createRoot(document.getElementById('root') as HTMLElement);

void detectHost().then((host) => {
  const port = host.kind === 'excel' ? new ExcelPort() : new BrowserPort(loadWorkbookFile);
  root.render(<App host={host} services={{ port, loadCatalog, xlsxBytes, importer }} />);
});
