/** The catalog worker: parses and schema-checks the bundled and imported catalogs off the pane's thread. */
import { serveCalls } from '../workers/serveCalls';
import { catalogWith } from './bundledCatalog';

serveCalls(self as unknown as Parameters<typeof serveCalls>[0], { catalogWith });
