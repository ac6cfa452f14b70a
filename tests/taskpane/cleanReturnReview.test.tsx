/**
 * @jest-environment jsdom
 *
 * The pane's 审核 in Excel on a clean return a careful county edited (decision 0263): “无” in every 说明, the sheets
 * reordered by dragging a tab, a dropdown and conditional formatting of their own in a column of their own. The pane
 * takes its verdict from the same checks as the command line: accepted, nothing to send back.
 */
import '../support/taskpane/nodeGlobals';
import { fireEvent, screen, within } from '@testing-library/react';
import { ACCEPTED } from '../support/hardening/benignCases';
import { filledReturn, formsOf, type Form } from '../support/hardening/damagedReturns';
import { PackageEdit } from '../support/hardening/packageEdit';
import { FakeExcelPort } from '../support/taskpane/fakeExcelPort';
import { renderPane } from '../support/taskpane/renderPane';

const EDITS = ['“无” in the 说明 of every row', 'the two reporting sheets reordered by dragging a tab', 'a dropdown of their own in a column of their own', 'conditional formatting of their own in a column of their own'];

it('审核 of a clean return with a careful county’s edits: 接受', async () => {
  const forms = formsOf(true) as [Form, Form];
  const pkg = new PackageEdit(await filledReturn(true));
  for (const title of EDITS) {
    const edit = ACCEPTED.find((c) => c.title === title);
    if (edit === undefined) throw new Error(`no case ${title}`);
    edit.edit(pkg, forms);
  }
  const port = new FakeExcelPort();
  await port.load(pkg.bytes());
  renderPane(port);
  await screen.findByRole('group', { name: '省级规划' });
  fireEvent.click(screen.getByRole('tab', { name: '审核' }));
  const panel = screen.getByRole('tabpanel');
  fireEvent.click(within(panel).getByRole('button', { name: '审核全部填报表' }));
  const summary = await within(panel).findByRole('textbox', { name: '审核意见（可复制后发回填报单位）' }, { timeout: 20_000 });
  expect((summary as HTMLTextAreaElement).value.split('\n')[0]).toBe('绍兴市越城区2025年报表审核意见：接受。');
  expect(within(panel).getByRole('button', { name: '标记为已接受' }).getAttribute('aria-disabled')).not.toBe('true');
}, 60_000);
