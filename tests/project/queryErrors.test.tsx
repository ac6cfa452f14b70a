/**
 * @jest-environment jsdom
 *
 * The pane's tests do not print the document at each attempt of a findBy… or waitFor (tests/support/taskpane/
 * queryErrors.ts, decision 0248): a query that fails outside a wait, and a wait that times out, still name what the
 * document held.
 */
import { stripVTControlCharacters } from 'node:util';
import { configure, getConfig, render, screen, waitFor } from '@testing-library/react';
import { elementErrorWithoutDomWhileWaiting } from '../support/taskpane/queryErrors';

const original = getConfig().getElementError;
beforeAll(() => configure({ getElementError: elementErrorWithoutDomWhileWaiting(original) }));
afterAll(() => configure({ getElementError: original }));

/** The document as prettyDOM prints it, colours aside. */
const DOCUMENT = /<body>\s*<div>\s*<p>\s*只有这一段\s*<\/p>/u;
const plain = (message: string) => stripVTControlCharacters(message);
const occurrences = (text: string, pattern: string) => text.split(pattern).length - 1;

function thrownBy(query: () => unknown): string {
  try {
    query();
  } catch (error) {
    return plain((error as Error).message);
  }
  throw new Error('the query found something');
}

it('prints the document when a query fails outside a wait', () => {
  render(<p>只有这一段</p>);
  expect(thrownBy(() => screen.getByRole('button', { name: '生成填报表' }))).toMatch(DOCUMENT);
  expect(thrownBy(() => screen.getByText('没有的文字'))).toMatch(DOCUMENT);
});

it('leaves the document out of the errors of a wait’s attempts, and prints it once when the wait times out', async () => {
  render(<p>只有这一段</p>);
  const attempts: string[] = [];
  const waited = waitFor(() => {
    try {
      return screen.getByText('没有的文字');
    } catch (error) {
      attempts.push((error as Error).message);
      throw error;
    }
  }, { timeout: 200 });
  const error = await waited.then(() => null, (thrown: unknown) => thrown as Error);
  expect(attempts.length).toBeGreaterThan(0);
  expect(attempts.filter((message) => message.includes('<body'))).toEqual([]);
  expect(error?.name).toBe('TestingLibraryElementError');
  const message = plain(error?.message ?? '');
  expect(message).toMatch(/^Unable to find an element with the text: 没有的文字/u);
  expect(message).toMatch(DOCUMENT);
  expect(occurrences(message, '<body')).toBe(1);
  const found = await screen.findByRole('button', { name: '生成填报表' }, { timeout: 200 }).then(() => '', (thrown: unknown) => plain((thrown as Error).message));
  expect(found).toMatch(/^Unable to find role="button" and name "生成填报表"/u);
  expect(found).toMatch(DOCUMENT);
});
