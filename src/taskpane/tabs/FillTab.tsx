/**
 * 填报: choose plans, region and year, then 生成填报表 — the reporting sheet is inserted, or updated keeping every
 * value and 说明 typed into it. Below, the active sheet's indicators with their status, refreshed as the user types.
 */
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Switch, Text, makeStyles } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowForwardRegular, TableAddRegular } from '@fluentui/react-icons';
import { startTransition, useEffect, useId, useMemo, useState } from 'react';
import type { LoadedCatalog, PlanCatalog, Region } from '../../core/catalog';
import type { ReturnMetadata } from '../../core/returns';
import { findRegion, fullRegionName } from '../../core/regions';
import { PlanPicker } from '../components/PlanPicker';
import { Progress } from '../components/Progress';
import { RegionSelect } from '../components/RegionSelect';
import { StatusList } from '../components/StatusList';
import { deliverSheets } from '../hooks/deliver';
import { downloadBytes, XLSX_TYPE } from '../hooks/download';
import { useAction } from '../hooks/useAction';
import type { CatalogState } from '../hooks/useCatalog';
import { useText } from '../i18n';
import { progressRows, type ProgressRow } from '../model/progressRows';
import { planShortName } from '../model/planTitle';
import { nextYearReturn } from '../model/nextYearReturn';
import { openReturn } from '../model/openReturn';
import { CELLS_NAMED } from '../../core/regenerate';
import { reportingUpdate } from '../model/reportingUpdate';
import type { PaneServices } from '../services';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'flex-end' },
});

/** The year most often reported: last year, within the plan's period. */
function defaultYear(plan: PlanCatalog | undefined, today: Date): number {
  const last = today.getFullYear() - 1;
  if (plan === undefined) return last;
  return Math.min(Math.max(last, plan.plan.period.start), plan.plan.period.end);
}

function regionOf(code: string, plans: readonly PlanCatalog[]): Region | null {
  const found = findRegion(code);
  if (found !== undefined) return { name: fullRegionName(found), code: found.code };
  return plans.map((plan) => plan.plan.region).find((region) => region.code === code) ?? null;
}

interface Status {
  sheet: string;
  rows: ProgressRow[];
}

interface Statuses {
  sheets: Status[];
  active: string | null;
  /** The reporting sheets' metadata, the active sheet's first. */
  metadata: ReturnMetadata[];
}

/**
 * Every reporting sheet's statuses and metadata, re-read after the workbook changed. The one shown is the user's
 * choice, else the active sheet (Excel), else the first.
 */
function useSheetStatuses(services: PaneServices, loaded: LoadedCatalog | null, revision: number, generated: number): Statuses {
  const [state, setState] = useState<Statuses>({ sheets: [], active: null, metadata: [] });
  useEffect(() => {
    if (loaded === null) return undefined;
    let current = true;
    const { port } = services;
    Promise.all([port.readReturns('all'), port.mode === 'excel' ? port.readReturns('active') : Promise.resolve([])]).then(([all, active]) => {
      // A transition: the list of 60 and more rows is rendered in slices, never holding up typing or a click.
      const activeSheet = active[0]?.sheet ?? null;
      const metadata = [...all].sort((a, b) => Number(b.sheet === activeSheet) - Number(a.sheet === activeSheet))
        .flatMap((sheet) => (sheet.metadata === null ? [] : [sheet.metadata]));
      if (current) startTransition(() => setState({ sheets: all.map((sheet) => ({ sheet: sheet.sheet, rows: progressRows(sheet, loaded) })), active: activeSheet, metadata }));
    }).catch(() => {
      // The list is a convenience: a read that fails (a sheet being edited) leaves the last one shown.
    });
    return () => {
      current = false;
    };
  }, [services, loaded, revision, generated]);
  return state;
}

export function FillTab({ services, catalog, revision }: { services: PaneServices; catalog: CatalogState; revision: number }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const action = useAction();
  const plans = useMemo(() => catalog.loaded?.catalog.plans ?? [], [catalog.loaded]);
  // What the person chose; null until they change it, and until then the open return's (else the defaults) is shown.
  const [selectedChoice, setSelected] = useState<string[] | null>(null);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [yearText, setYearText] = useState<string | null>(null);
  const [mergeChoice, setMerge] = useState<boolean | null>(null);
  const [done, setDone] = useState<{ text: string; intent: 'success' | 'warning' | 'error' } | null>(null);
  // What updating the sheets in place would not keep, shown before anything is written; the user goes on or not.
  const [wouldDrop, setWouldDrop] = useState<string | null>(null);
  const [generated, setGenerated] = useState(0);
  const statuses = useSheetStatuses(services, catalog.loaded, revision, generated);
  const [shownSheet, setShownSheet] = useState<string | null>(null);
  const status = statuses.sheets.find((sheet) => sheet.sheet === shownSheet) ?? statuses.sheets.find((sheet) => sheet.sheet === statuses.active) ?? statuses.sheets[0] ?? null;
  const separator = t('cli.list_separator');
  const open = useMemo(() => (catalog.loaded === null ? null : openReturn(statuses.metadata, catalog.loaded, separator)), [statuses.metadata, catalog.loaded, separator]);

  const selected = selectedChoice ?? open?.planIds ?? [];
  const merge = mergeChoice ?? open?.merged ?? false;
  const chosen = selected.map((id) => plans.find((plan) => plan.plan.id === id)).filter((plan): plan is PlanCatalog => plan !== undefined);
  const [first] = chosen;
  const region = regionCode ?? open?.regionCode ?? first?.plan.region.code ?? '330000';
  const year = yearText ?? String(open?.reportingYear ?? defaultYear(first, new Date()));
  const yearNumber = /^\d{4}$/u.test(year.trim()) ? Number(year) : null;
  const canWrite = services.port.capabilities.writeSheets;
  const whyId = useId();
  const nextYearId = useId();

  const generate = (dropAgreed = false) => void action.run(t('pane.fill.generating'), async () => {
    const loaded = catalog.loaded;
    const chosenRegion = regionOf(region, chosen);
    if (loaded === null || chosenRegion === null || yearNumber === null || chosen.length === 0) return;
    setDone(null);
    setWouldDrop(null);
    const existing = canWrite ? await services.port.readReturns('all') : [];
    const names = canWrite ? await services.port.sheetNames() : [];
    const update = reportingUpdate({ plans: chosen, region: chosenRegion, reportingYear: yearNumber, merge }, loaded, existing, names);
    if (update.otherRegion !== null) {
      setDone({ text: t('pane.fill.other_region', update.otherRegion), intent: 'error' });
      return;
    }
    const dropped = update.notCarried.map((value) => `${value.sheet}!${value.address}`).join('、');
    if (update.notCarried.length > 0 && !dropAgreed) {
      setWouldDrop(t('pane.fill.would_drop', { count: update.notCarried.length, cells: dropped }));
      return;
    }
    // Named by region, year and plan: a county sending several returns up can tell them apart.
    const fileName = t('pane.file.download_name', { region: chosenRegion.name, year: yearNumber, plan: merge || chosen.length > 1 ? '' : planShortName(chosen[0], locale) });
    services.port.file?.suggestName(fileName);
    const delivered = await deliverSheets(services, update.request, fileName);
    const sheets = delivered.kind === 'written' ? delivered.outcome.sheets.filter((name) => name !== '_meta').join('、') : '';
    const first = delivered.kind === 'downloaded'
      ? t('pane.fill.downloaded', { file: fileName })
      : t(update.updated.length > 0 ? 'pane.fill.updated' : 'pane.fill.inserted', { sheets, carried: update.carried })
        // Browser mode: the sheet is in the file held by the page, which still has to be downloaded.
        + (services.port.file !== null ? `\n${t('pane.file.unsaved')}` : '');
    const warnings = [
      ...(update.notCarried.length > 0 ? [t('pane.fill.not_carried', { count: update.notCarried.length, cells: dropped })] : []),
      ...(delivered.kind === 'written' ? delivered.outcome.skipped.map((code) => t(code)) : []),
    ];
    setDone({ text: [first, ...warnings].join('\n'), intent: warnings.length > 0 ? 'warning' : 'success' });
    setGenerated((value) => value + 1);
  }, { writes: true });

  const nextYear = () => void action.run(t('pane.fill.next_year_working'), async () => {
    const loaded = catalog.loaded;
    if (loaded === null) return;
    setDone(null);
    const chosenRegion = regionCode === null ? null : regionOf(regionCode, chosen);
    const result = nextYearReturn(await services.port.readReturns('all'), {
      // What the person chose in the form must agree with the workbook; what they left alone follows it.
      ...(selectedChoice !== null && chosen.length > 0 ? { plans: chosen } : {}),
      ...(chosenRegion === null ? {} : { region: chosenRegion }),
      ...(yearText !== null && yearNumber !== null ? { reportingYear: yearNumber } : {}),
    }, loaded, services.port.file?.name() ?? t('pane.carry.this_workbook'));
    if (!result.ok) {
      setDone({ text: t(result.problem.code, result.problem.params), intent: 'error' });
      return;
    }
    const { layout } = result;
    const planIds = [...new Set(layout.previous.flatMap((meta) => meta.planIds))];
    const single = planIds.length === 1 ? plans.find((plan) => plan.plan.id === planIds[0]) : undefined;
    const fileName = t('pane.file.download_name', { region: result.region.name, year: result.reportingYear, plan: single === undefined ? '' : planShortName(single, locale) });
    downloadBytes(await services.xlsxBytes(layout.sheets, layout.metadata), fileName, XLSX_TYPE);
    const versions = [...new Set(layout.previous.map((meta) => meta.catalogVersion))].filter((version) => version !== loaded.version);
    const { earlier } = result;
    const warnings = [
      ...(versions.length > 0 ? [t('carry.catalog_changed', { from: versions.join(separator), to: loaded.version })] : []),
      ...(layout.notCarried.length > 0 ? [t('pane.fill.not_carried', { count: layout.notCarried.length, cells: layout.notCarried.map((value) => `${value.sheet}!${value.address}`).join(separator) })] : []),
      ...(!earlier.rejected ? [] : [earlier.cells.length === 0
        ? t('pane.carry.previous_rejected_whole', { errors: earlier.errors, warnings: earlier.unexplained })
        : t('pane.carry.previous_rejected', {
          errors: earlier.errors, warnings: earlier.unexplained,
          cells: earlier.cells.slice(0, CELLS_NAMED).join(separator) + (earlier.cells.length > CELLS_NAMED ? t('carry.more_cells', { count: earlier.cells.length - CELLS_NAMED }) : ''),
        })]),
    ];
    setDone({
      text: [t('pane.carry.done', {
        file: fileName, fromYear: result.previousYear, year: result.reportingYear,
        actuals: layout.carriedByField.actual, explanations: layout.carriedByField.explanation, footer: layout.carriedByField.footer,
      }), ...warnings].join('\n'),
      intent: warnings.length > 0 ? 'warning' : 'success',
    });
  });

  if (catalog.loaded === null) {
    return catalog.error === null ? <Spinner size="small" label={t('pane.catalog.loading')} /> : <MessageBar intent="error"><MessageBarBody>{catalog.error}</MessageBarBody></MessageBar>;
  }

  return (
    <div className={styles.form}>
      {open !== null ? open.notes.map((note) => (
        <MessageBar key={note.code} intent={note.intent} layout="multiline">
          <MessageBarBody>{t(note.code, note.params)}</MessageBarBody>
        </MessageBar>
      )) : null}
      <PlanPicker label={t('pane.fill.plans')} plans={plans} selected={selected} onChange={setSelected} />
      {chosen.length > 1 ? <Switch checked={merge} onChange={(_, data) => setMerge(data.checked)} label={t('pane.fill.merge')} /> : null}
      <RegionSelect label={t('pane.fill.region')} value={region} onChange={setRegionCode} extra={first?.plan.region ?? null} />
      <Field label={t('pane.fill.year')} validationMessage={yearNumber === null ? t('pane.fill.year_invalid') : null}>
        <Input type="number" value={year} min={2000} max={2100} onChange={(_, data) => setYearText(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={canWrite ? <TableAddRegular /> : <ArrowDownloadRegular />}
          disabledFocusable={chosen.length === 0 || yearNumber === null || action.busy !== null}
          aria-describedby={chosen.length === 0 ? whyId : undefined}
          onClick={() => generate()}
        >
          {t(canWrite ? 'pane.fill.generate' : 'pane.fill.generate_download')}
        </Button>
        {statuses.sheets.length > 0 ? (
          <Button icon={<ArrowForwardRegular />} disabledFocusable={action.busy !== null} aria-describedby={nextYearId} onClick={nextYear}>
            {t('pane.fill.next_year')}
          </Button>
        ) : null}
      </div>
      {statuses.sheets.length > 0 ? <Text size={200} id={nextYearId}>{t('pane.fill.next_year_hint')}</Text> : null}
      {chosen.length === 0 ? <Text size={200} id={whyId}>{t('pane.why.no_plan')}</Text> : null}
      <Progress action={action} />
      {wouldDrop !== null ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{wouldDrop}</MessageBarBody>
          <MessageBarActions>
            <Button disabled={action.busy !== null} onClick={() => generate(true)}>{t('pane.fill.generate_anyway')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {done !== null ? <MessageBar intent={done.intent} layout="multiline"><MessageBarBody style={{ whiteSpace: 'pre-line' }}>{done.text}</MessageBarBody></MessageBar> : null}
      {statuses.sheets.length > 1 ? (
        <Field label={t('pane.fill.sheet_choice')}>
          <Select value={status?.sheet ?? ''} onChange={(_, data) => setShownSheet(data.value)}>
            {statuses.sheets.map((sheet) => <option key={sheet.sheet} value={sheet.sheet}>{sheet.sheet}</option>)}
          </Select>
        </Field>
      ) : null}
      {status !== null ? <StatusList sheet={status.sheet} rows={status.rows} /> : null}
    </div>
  );
}
