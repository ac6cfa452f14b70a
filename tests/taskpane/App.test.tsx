/**
 * @jest-environment jsdom
 */
import '../support/taskpane/nodeGlobals';
import { fireEvent, screen, within } from '@testing-library/react';
import { computeAccessibleName } from 'dom-accessibility-api';
import { renderPane } from '../support/taskpane/renderPane';
import { browserPort } from '../support/taskpane/services';
import { EXCEL_2016, FakeExcelPort } from '../support/taskpane/fakeExcelPort';

describe('the pane', () => {
  it('shows five tabs, 填报 first and selected, and its plans once the catalog is loaded', async () => {
    renderPane(browserPort());
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab');
    expect(tabs.map((tab) => computeAccessibleName(tab))).toEqual(['填报', '校验', '审核', '附表', '导入']);
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('group', { name: '县（市、区）规划' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /绍兴市越城区科技创新发展“十四五”规划/u })).toBeTruthy();
  });

  // Arrow keys between tabs are Fluent's (tabster), which needs a real browser: the e2e tests press them.
  it('shows only the selected tab’s panel, labelled by its tab', async () => {
    renderPane(browserPort());
    const check = screen.getByRole('tab', { name: '校验' });
    expect(check.getAttribute('aria-controls')).toBe('panel-check');
    fireEvent.click(check);
    expect(check.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(check.id);
    expect(screen.getByRole('button', { name: '校验' })).toBeTruthy();
  });

  it('speaks English when the display language is English', async () => {
    renderPane(browserPort(), { language: 'en-GB' });
    expect(within(screen.getByRole('tablist')).getAllByRole('tab').map((tab) => computeAccessibleName(tab))).toEqual(['Fill', 'Check', 'Review', 'Annex', 'Import']);
    expect(await screen.findByRole('group', { name: 'County and district plans' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open an .xlsx file' })).toBeTruthy();
  });

  // A screen reader reads aria-labels the eye never sees: Fluent's SearchBox named its clear button "clear" in a
  // Chinese pane. Each tab's labels come from the locale table (a code like .xlsx may stand beside the words).
  it('names every control in the pane’s language, the labels only a screen reader reads as well', async () => {
    for (const [language, words] of [['zh-CN', /[\u4e00-\u9fff]/u], ['en-US', /[A-Za-z]{2}/u]] as const) {
      const { unmount } = renderPane(browserPort(), { language });
      await screen.findAllByRole('checkbox');
      for (const tab of within(screen.getByRole('tablist')).getAllByRole('tab')) {
        fireEvent.click(tab);
        const labels = [...document.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? '');
        expect(labels.length).toBeGreaterThan(0);
        for (const label of labels) expect({ language, tab: tab.textContent, label, worded: words.test(label) && (language === 'en-US' || !/^[\x20-\x7e]*$/u.test(label)) }).toEqual({ language, tab: tab.textContent, label, worded: true });
      }
      if (language === 'zh-CN') expect(screen.queryByRole('button', { name: 'clear' })).toBeNull();
      unmount();
    }
  });

  it('in an older Excel says what is missing and offers the .xlsx download instead of writing', async () => {
    renderPane(new FakeExcelPort(EXCEL_2016));
    expect(screen.getByText(/不支持 ExcelApi 1.8 数据有效性/u)).toBeTruthy();
    expect(await screen.findByRole('button', { name: '下载 .xlsx 填报表' })).toBeTruthy();
  });
});
