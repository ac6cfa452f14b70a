/**
 * A failed getBy… query's error prints the document (prettyDOM: the whole DOM formatted, then cut to 7000
 * characters), some milliseconds in the pane. A findBy… or waitFor runs its query again at each DOM change and every
 * 50 ms, keeps only the last error and, when it times out, adds the document to that error itself (waitFor's
 * onTimeout calls getElementError outside the attempts). So during an attempt, which testing-library marks by
 * disabling its "expensive error diagnostics" (as its role queries do for their list of roles), the error is made
 * without the document; a query outside a wait, and a wait that times out, still print it (once, where the default
 * printed it twice). If testing-library drops the mark, every error prints the document again: slower, not wrong.
 * Decision 0248; tests/project/queryErrors.test.tsx.
 */
import { getConfig } from '@testing-library/react';

type ElementError = (message: string | null, container: Element) => Error;

export function elementErrorWithoutDomWhileWaiting(withDom: ElementError = getConfig().getElementError): ElementError {
  return (message, container) => {
    if ((getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })._disableExpensiveErrorDiagnostics !== true) return withDom(message, container);
    const error = new Error(message ?? '');
    error.name = 'TestingLibraryElementError';
    return error;
  };
}
