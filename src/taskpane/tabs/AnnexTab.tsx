/**
 * 附表: the plan's annex tables in the document's layout; from the filled sheets, its completion tables; and a
 * chart of 完成进度 against 序时进度 per indicator (office-js draws it in Excel; in browser mode ExcelJS cannot
 * write charts, so the values table alone is written and the pane says so).
 */
import { Button, Field, MessageBar, MessageBarBody, Select, makeStyles } from '@fluentui/react-components';
import { ChartMultipleRegular, TableSimpleRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { useEffect, useId, useState } from 'react';
import type { LoadedCatalog, PlanCatalog } from '../../core/catalog';
import { type SheetLayout } from '../../core/layout';
import { progressChartRange } from '../../core/documents';
import { Progress } from '../components/Progress';
import { WhyDisabled } from '../components/WhyDisabled';
import { deliverSheets } from '../hooks/deliver';
import { useAction } from '../hooks/useAction';
import { useText } from '../i18n';
import { sheetsOfPlan } from '../../core/annex';
import { annexSheets, completionSheets, progressSheet } from '../model/annexSheets';
import { planTitle } from '../model/planTitle';
import type { PaneServices } from '../services';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '10px', minWidth: 0 },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export function AnnexTab({ services, catalog }: { services: PaneServices; catalog: LoadedCatalog | null }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const action = useAction();
  const { port } = services;
  const plans = catalog?.catalog.plans ?? [];
  const [planId, setPlanId] = useState<string | null>(null);
  const [done, setDone] = useState<{ lines: string[]; intent: 'success' | 'warning' } | null>(null);
  const chartWhyId = useId();
  const whyId = useId();
  const plan: PlanCatalog | undefined = plans.find((candidate) => candidate.plan.id === planId) ?? plans[0];
  // The plan of the return open in the workbook, until the person chooses another (as 填报 follows it, 0255): the
  // catalog's first plan would make completion tables of a plan the workbook holds no return of. The tab is built
  // anew for another workbook (App's key), so reading once is enough.
  useEffect(() => {
    if (catalog === null) return undefined;
    let current = true;
    port.readReturns('all').then((sheets) => {
      const known = new Set(catalog.catalog.plans.map((candidate) => candidate.plan.id));
      const open = sheets.flatMap((sheet) => sheet.metadata?.planIds ?? []).find((id) => known.has(id));
      if (current && open !== undefined) setPlanId((chosen) => chosen ?? open);
    }).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [port, catalog]);
  // No plan to choose while the catalog loads; then only a running task holds the buttons.
  const why = plan === undefined ? t('pane.why.catalog') : action.busy !== null ? t('pane.why.busy') : null;
  const chartWhy = why ?? (port.capabilities.charts ? null : t('pane.why.charts'));

  /** Writes (or, on an old Excel, downloads) the sheets, replacing earlier ones of the same names. */
  const deliver = async (sheets: SheetLayout[], fileName: string) => {
    const names = port.capabilities.writeSheets ? await port.sheetNames() : [];
    const replace = names.filter((name) => sheets.some((sheet) => sheet.name === name));
    return deliverSheets(services, { sheets, metadata: null, replace }, fileName);
  };
  const report = (delivery: Awaited<ReturnType<typeof deliver>>) => {
    if (delivery.kind === 'downloaded') return t('pane.fill.downloaded', { file: delivery.fileName });
    const sheets = delivery.outcome.sheets.filter((name) => name !== '_meta').join('、');
    // Browser mode: the sheets went into the file held in the page, which the user still has to download.
    return port.file !== null ? t('pane.written.browser', { sheets, file: port.file.name() ?? '' }) : t('pane.annex.written', { sheets });
  };
  const warn = (line: string) => setDone({ lines: [line], intent: 'warning' });
  const succeed = (lines: string[]) => setDone({ lines, intent: 'success' });

  const insertAnnex = () => void action.run(t('pane.annex.working'), async () => {
    if (plan === undefined) return;
    const sheets = annexSheets(plan);
    if (sheets.length === 0) warn(t('pane.annex.no_annex'));
    else succeed([report(await deliver(sheets, t('pane.annex.file_name', { plan: planTitle(plan, locale) })))]);
  }, { writes: true });

  const insertCompletion = () => void action.run(t('pane.annex.working'), async () => {
    if (plan === undefined) return;
    const returns = sheetsOfPlan(await port.readReturns('all'), plan);
    if (returns.length === 0) {
      warn(t('pane.annex.no_returns', { plan: planTitle(plan, locale) }));
      return;
    }
    const sheets = completionSheets(plan, returns, new Set(), catalog ?? undefined, locale);
    succeed([report(await deliver(sheets, t('pane.annex.completion_file', { plan: planTitle(plan, locale) })))]);
  }, { writes: true });

  const insertChart = () => void action.run(t('pane.annex.working'), async () => {
    if (plan === undefined || catalog === null) return;
    const returns = sheetsOfPlan(await port.readReturns('all'), plan);
    const taken = new Set<string>();
    const sheets = returns.flatMap((sheet) => {
      const layout = progressSheet(sheet, catalog, taken);
      if (layout !== null) taken.add(layout.name);
      return layout === null ? [] : [layout];
    });
    if (sheets.length === 0) {
      warn(t('pane.annex.no_returns', { plan: planTitle(plan, locale) }));
      return;
    }
    const delivery = await deliver(sheets, t('pane.annex.progress_file', { plan: planTitle(plan, locale) }));
    const lines = [report(delivery)];
    if (delivery.kind === 'written' && port.capabilities.charts) {
      for (const sheet of sheets) {
        const rows = sheet.cells.filter((cell) => cell.col === 2 && cell.value.kind === 'number').length;
        await port.addChart(sheet.name, progressChartRange(rows), t('pane.annex.chart_title'));
      }
      lines.push(t('pane.annex.chart_added'));
      succeed(lines);
    } else {
      setDone({ lines: [...lines, t('pane.annex.chart_unavailable')], intent: 'warning' });
    }
  }, { writes: true });

  return (
    <div className={styles.column}>
      {/* A closed select shows as much of a title as fits: at 320 px “Science and Technology Innovatio…” for both
          Keqiao's and Yuecheng's plans. The chosen plan's whole title and period wrap under it. */}
      <Field label={t('pane.annex.plan')} hint={plan === undefined ? null : t('pane.fill.plan_label', { title: planTitle(plan, locale), start: String(plan.plan.period.start), end: String(plan.plan.period.end) })}>
        <Select value={plan?.plan.id ?? ''} onChange={(_, data) => setPlanId(data.value)} disabled={plans.length === 0}>
          {plans.map((candidate) => <option key={candidate.plan.id} value={candidate.plan.id}>{planTitle(candidate, locale)}</option>)}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button icon={<TableSimpleRegular />} disabledFocusable={why !== null} aria-describedby={why === null ? undefined : whyId} onClick={insertAnnex}>{t('pane.annex.insert_annex')}</Button>
        <Button icon={<TaskListSquareLtrRegular />} disabledFocusable={why !== null} aria-describedby={why === null ? undefined : whyId} onClick={insertCompletion}>{t('pane.annex.insert_completion')}</Button>
        <Button
          icon={<ChartMultipleRegular />}
          disabledFocusable={chartWhy !== null}
          aria-describedby={chartWhy === null ? undefined : chartWhy === why ? whyId : chartWhyId}
          onClick={insertChart}
        >
          {t('pane.annex.insert_chart')}
        </Button>
      </div>
      <WhyDisabled id={whyId} reason={why} />
      {chartWhy !== why ? <WhyDisabled id={chartWhyId} reason={chartWhy} /> : null}
      <Progress action={action} />
      {done !== null ? <MessageBar intent={done.intent} layout="multiline"><MessageBarBody style={{ whiteSpace: 'pre-line' }}>{done.lines.join('\n')}</MessageBarBody></MessageBar> : null}
    </div>
  );
}
