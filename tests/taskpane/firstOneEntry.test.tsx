/**
 * @jest-environment jsdom
 *
 * What the pane lets a county enter in a 零的突破 row (嵊州's 链主/雄鹰/总部 rows, decisions 0270, 0276). The 填报 tab
 * enters nothing itself: values are typed into the sheet (in Excel under the validation the pane writes, a count or
 * 是/否), and its status list follows them. In browser mode a value is entered in the 校验 tab, by 更正数值 on a
 * finding: the same rules as the sheet's — a whole count from 0, or 是/否 —, and what the sheet would refuse the pane
 * refuses, saying why in Chinese.
 */
import '../support/taskpane/nodeGlobals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { edit, Form, planOf } from '../support/hardening/damagedReturns';
import { templateWorkbookLayout } from '../../src/core/documents';
import { renderPane } from '../support/taskpane/renderPane';
import { browserPort, testCatalog } from '../support/taskpane/services';

const PLAN = 'shengzhou-116x-2024-2030';
const CHAIN = `${PLAN}.chain-leader-enterprises`;
const XIONGYING = `${PLAN}.xiongying-enterprises`;
const HQ = `${PLAN}.hq-leading-enterprises`;
const REGION = { name: '嵊州市', code: '330683' };

/** 嵊州's 2025 return with the three 零的突破 rows typed as `typed` says (ExcelJS stores what Excel stores). */
async function shengzhouReturn(typed: Record<string, number | string>): Promise<Uint8Array> {
  const loaded = testCatalog();
  const plan = planOf(PLAN, loaded);
  const form = new Form(templateWorkbookLayout({ plans: [plan], region: REGION, reportingYear: 2025, merge: false, catalogVersion: loaded.version }).sheets[1]!);
  const sample = await keptSampleReturn({ region: REGION, plans: [plan], loaded, reportingYear: 2025, seed: 5 });
  return edit(sample, (sheet) => {
    for (const [id, value] of Object.entries(typed)) sheet.getCell(form.actual(id, 2025)).value = value;
  }, form.name);
}

async function open(bytes: Uint8Array): Promise<void> {
  renderPane(browserPort());
  await screen.findByRole('group', { name: '省级规划' });
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [new File([bytes as BlobPart], '嵊州市2025.xlsx')] } });
  await screen.findByText('当前文件：嵊州市2025.xlsx', undefined, { timeout: 10_000 });
}

/** The status the 填报 tab's list shows for the row named `name`. */
async function statusOf(name: string): Promise<string> {
  const list = await screen.findByRole('list', { name: /指标完成情况/u }, { timeout: 10_000 });
  const row = within(list).getByTitle(name).closest('li');
  return row?.lastElementChild?.textContent ?? '';
}

describe('a 零的突破 row in the pane', () => {
  it('填报: the status list shows a count as the sheet judges it — 2 and 是 已达标, 0 滞后 (2027 not due)', async () => {
    await open(await shengzhouReturn({ [CHAIN]: 2, [XIONGYING]: '是', [HQ]: 0 }));
    await waitFor(async () => expect(await statusOf('省级“链主”企业')).toBe('已达标'), { timeout: 10_000 });
    expect(await statusOf('“雄鹰”企业')).toBe('已达标');
    expect(await statusOf('省级以上总部领军企业')).toBe('滞后');
  }, 60_000);

  it('校验 in browser mode: 2家 typed there is an error; 更正数值 refuses 1.5 and ２ with the reason and takes 2', async () => {
    await open(await shengzhouReturn({ [CHAIN]: '2家', [XIONGYING]: 0, [HQ]: 0 }));
    fireEvent.click(screen.getByRole('tab', { name: '校验' }));
    const panel = screen.getByRole('tabpanel');
    fireEvent.click(within(panel).getByRole('button', { name: '校验' }));
    await within(panel).findByText(/^审核结论：/u, undefined, { timeout: 10_000 });
    const finding = () => {
      const errors = screen.getByRole('region', { name: /^错误/u });
      const item = within(errors).getByText(/「省级“链主”企业」/u).closest('li');
      if (item === null) throw new Error('no finding on 省级“链主”企业');
      return within(item as HTMLElement);
    };
    const correct = (text: string) => {
      fireEvent.change(finding().getByRole('textbox'), { target: { value: text } });
      fireEvent.click(finding().getByRole('button', { name: '保存数值' }));
    };

    fireEvent.click(finding().getByRole('button', { name: '更正数值' }));
    correct('1.5');
    expect((await screen.findByRole('alert', undefined, { timeout: 10_000 })).textContent).toMatch(/^“1\.5”不是有效的数值：.*不是个数.*请填 0 或正整数/u);
    // The editor stays open with what was typed, though the refused 1.5 has a finding of another kind than 2家's.
    expect((finding().getByRole('textbox') as HTMLInputElement).value).toBe('1.5');
    correct('２');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^“２”不是有效的数值/u), { timeout: 10_000 });
    expect((finding().getByRole('textbox') as HTMLInputElement).value).toBe('２');

    correct('2');
    await waitFor(() => expect(screen.queryByText(/「省级“链主”企业」/u)).toBeNull(), { timeout: 10_000 });
    fireEvent.click(screen.getByRole('tab', { name: '填报' }));
    await waitFor(async () => expect(await statusOf('省级“链主”企业')).toBe('已达标'), { timeout: 10_000 });
  }, 60_000);
});
