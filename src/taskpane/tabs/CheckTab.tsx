/**
 * 校验: check the active reporting sheet or all of them; the verdict, findings grouped by severity, each one a
 * link to its cell; explain a warning from here; write the 校验结果 sheet with links to the cells.
 */
import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { CheckmarkCircleRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Finding } from '../../core/checks';
import type { LoadedCatalog } from '../../core/catalog';
import { FindingsList } from '../components/FindingsList';
import type { FindingActions } from '../components/FindingItem';
import { Progress } from '../components/Progress';
import { VerdictSummary } from '../components/VerdictSummary';
import { WhyDisabled } from '../components/WhyDisabled';
import { deliverSheets } from '../hooks/deliver';
import { useAction } from '../hooks/useAction';
import { useCheck } from '../hooks/useCheck';
import { useText } from '../i18n';
import { findingRow } from '../model/findingRow';
import { findingsSheet } from '../model/findingsSheet';
import type { PaneServices } from '../services';
import { placeA1 } from '../../core/form';
import { renderFinding } from '../../core/i18n';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

/** A corrected value the checks refuse, worded from the locale tables (errorText reads code and params). */
class CorrectionRefused extends Error {
  readonly code = 'pane.finding.value_invalid';
  readonly params: { text: string; reason: string };
  constructor(text: string, reason: string) {
    super(`${text}: ${reason}`);
    this.params = { text, reason };
  }
}

/** A finding's cell as a range Excel can select: the cell, a row ('7:7'), or the sheet's first cell. */
export function cellToShow(finding: Finding): string {
  return finding.ref === null ? 'A1' : placeA1(finding.ref);
}

export function CheckTab({ services, catalog }: { services: PaneServices; catalog: LoadedCatalog | null }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const action = useAction();
  const { port } = services;
  const run = useCheck(port, catalog);
  const [scope, setScope] = useState<'active' | 'all'>(port.mode === 'excel' ? 'active' : 'all');
  const [written, setWritten] = useState<string | null>(null);
  const whyId = useId();
  const runWhyId = useId();
  const runWhy = catalog === null ? t('pane.why.catalog') : action.busy !== null ? t('pane.why.busy') : null;
  const reportWhy = runWhy ?? (run.empty ? t('pane.why.no_sheet') : run.result === null ? t('pane.why.no_check') : null);

  const check = () => void action.run(t('pane.check.running'), async () => {
    setWritten(null);
    await run.check(scope);
  });
  const actionsFor = (finding: Finding): FindingActions => ({
    select: (chosen) => void action.run(t('pane.check.selecting'), () => port.selectCell(chosen.sheet, cellToShow(chosen))),
    ...(run.canExplain(finding) ? { explain: (chosen: Finding, text: string) => action.run(t('pane.check.saving_explanation'), async () => {
      await run.explain(chosen, text);
      return true;
    }, { writes: true }).then((saved) => saved === true) } : {}),
    ...(run.canCorrect(finding) ? { correct: (chosen: Finding, text: string) => action.run(t('pane.check.saving_value'), async () => {
      const refused = await run.correct(chosen, text);
      if (refused !== null) throw new CorrectionRefused(text, renderFinding(refused, locale));
      return true;
    }).then((saved) => saved === true) } : {}),
    ...(port.file !== null && run.result !== null ? { rowOf: (chosen: Finding) => (run.result === null ? null : findingRow(chosen, run.result.sheets)) } : {}),
  });
  const writeReport = () => void action.run(t('pane.check.writing_report'), async () => {
    if (run.result === null || catalog === null) return;
    const layout = findingsSheet(run.result.check, catalog);
    const names = port.capabilities.writeSheets ? await port.sheetNames() : [];
    const delivered = await deliverSheets(services, { sheets: [layout], metadata: null, replace: names.filter((name) => name === layout.name) }, `${layout.name}.xlsx`);
    setWritten(delivered.kind === 'downloaded'
      ? t('pane.fill.downloaded', { file: delivered.fileName })
      : port.file !== null ? t('pane.written.browser', { sheets: layout.name, file: port.file.name() ?? '' }) : t('pane.check.report_written', { sheet: layout.name }));
  }, { writes: true });

  return (
    <div className={styles.column}>
      <RadioGroup value={scope} onChange={(_, data) => setScope(data.value as 'active' | 'all')} aria-label={t('pane.check.scope')} layout="horizontal">
        <Radio value="active" label={t('pane.check.scope_active')} />
        <Radio value="all" label={t('pane.check.scope_all')} />
      </RadioGroup>
      <div className={styles.row}>
        <Button appearance="primary" icon={<CheckmarkCircleRegular />} disabledFocusable={runWhy !== null} aria-describedby={runWhy === null ? undefined : runWhyId} onClick={check}>{t('pane.check.run')}</Button>
        <Button icon={<DocumentTableRegular />} disabledFocusable={reportWhy !== null} aria-describedby={reportWhy === null ? undefined : reportWhy === runWhy ? runWhyId : whyId} onClick={writeReport}>{t('pane.check.write_report')}</Button>
      </div>
      <WhyDisabled id={runWhyId} reason={runWhy} />
      {reportWhy !== runWhy ? <WhyDisabled id={whyId} reason={reportWhy} /> : null}
      <Progress action={action} />
      {run.empty ? <MessageBar intent="warning"><MessageBarBody>{t(run.elsewhere ? 'pane.check.no_active_sheet' : 'pane.check.no_sheet')}</MessageBarBody></MessageBar> : null}
      {written !== null ? <MessageBar intent="success"><MessageBarBody>{written}</MessageBarBody></MessageBar> : null}
      {run.result !== null ? (
        <>
          <VerdictSummary check={run.result.check} />
          <FindingsList check={run.result.check} actions={{ select: () => undefined }} actionsFor={actionsFor} />
        </>
      ) : null}
    </div>
  );
}
