/**
 * @jest-environment jsdom
 *
 * The pane's tests write only the Fluent style rules a query can read (tests/support/taskpane/queriedStyles.ts,
 * decision 0222): what Fluent's styles hide stays hidden to the role queries, the rest is left out of the document.
 */
import { makeStyles, RendererProvider } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { queriedStylesRenderer } from '../support/taskpane/queriedStyles';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  invisible: { visibility: 'hidden' },
  coloured: { color: 'red', paddingLeft: '4px' },
});

function Buttons() {
  const styles = useStyles();
  return (
    <>
      <button className={styles.hidden}>hidden</button>
      <button className={styles.invisible}>invisible</button>
      <button className={styles.coloured}>coloured</button>
    </>
  );
}

it('keeps the rules that hide an element and leaves out the others', () => {
  render(<RendererProvider renderer={queriedStylesRenderer(document)} targetDocument={document}><Buttons /></RendererProvider>);
  expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['coloured']);
  expect(screen.getAllByRole('button', { hidden: true })).toHaveLength(3);
  const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText));
  expect(rules.some((rule) => /display: none/u.test(rule))).toBe(true);
  expect(rules.some((rule) => /visibility: hidden/u.test(rule))).toBe(true);
  expect(rules.some((rule) => /color|padding/u.test(rule))).toBe(false);
});
