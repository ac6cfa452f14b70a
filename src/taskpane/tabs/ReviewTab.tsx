/**
 * 审核 (the reviewer): the same checks on a received workbook, the findings marked on their cells, a summary to
 * copy and send back, and the return marked accepted (kept in the workbook: Workbook.settings in Excel, a very
 * hidden sheet in browser mode).
 */
import { Button, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles } from '@fluentui/react-components';
import { CommentNoteRegular, CopyRegular, ShieldCheckmarkRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { useEffect, useId, useState } from 'react';
import type { LoadedCatalog } from '../../core/catalog';
import { FindingsList } from '../components/FindingsList';
import { Progress } from '../components/Progress';
import { VerdictSummary } from '../components/VerdictSummary';
import { WhyDisabled } from '../components/WhyDisabled';
import { useAction } from '../hooks/useAction';
import { useCheck } from '../hooks/useCheck';
import { useText } from '../i18n';
import { recordHolds, REVIEW_SETTING, reviewRecord, reviewRecordOf, reviewSummary, type ReviewRecord } from '../model/reviewSummary';
import type { PaneServices } from '../services';
import { cellToShow } from './CheckTab';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

/** The return was changed after the review and now has errors: it is not recorded as accepted (worded by errorText). */
class ReviewRefused extends Error {
  readonly code = 'pane.review.changed_rejected';
  constructor() {
    super('pane.review.changed_rejected');
  }
}

export function ReviewTab({ services, catalog }: { services: PaneServices; catalog: LoadedCatalog | null }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const action = useAction();
  const { port } = services;
  const run = useCheck(port, catalog);
  // The record of acceptance kept in the workbook, and whether the workbook is still what was accepted.
  const [record, setRecord] = useState<{ record: ReviewRecord; holds: boolean } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([port.loadSetting(REVIEW_SETTING), port.readReturns('all')]).then(([value, sheets]) => {
      const kept = reviewRecordOf(value);
      if (current) setRecord(kept === null ? null : { record: kept, holds: recordHolds(kept, sheets) });
    }).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [port]);

  // A review run since: the record holds only for the sheets it read, and never beside a verdict of 退回 (a record
  // can be recomputed by hand for any contents).
  useEffect(() => {
    if (run.result === null) return;
    const { sheets, check } = run.result;
    setRecord((kept) => (kept === null ? null : { record: kept.record, holds: check.verdict !== 'rejected' && recordHolds(kept.record, sheets) }));
  }, [run.result]);

  const runWhyId = useId();
  const annotateWhyId = useId();
  const acceptWhyId = useId();
  const runWhy = catalog === null ? t('pane.why.catalog') : action.busy !== null ? t('pane.why.busy') : null;
  // Below ExcelApi 1.4 the workbook cannot keep the review record, nor the looks a colour-only annotation replaces.
  const noSettings = port.capabilities.settings ? null : t('pane.why.no_settings');
  const annotateWhy = noSettings ?? runWhy ?? (run.empty ? t('pane.why.no_sheet') : run.result === null ? t('pane.why.no_review') : null);
  const acceptWhy = annotateWhy ?? (run.result?.check.verdict === 'rejected' ? t('pane.why.rejected') : null);
  const summary = run.result === null ? '' : reviewSummary(run.result.check, locale);
  const review = () => void action.run(t('pane.check.running'), async () => {
    setNotice(null);
    await run.check('all');
  });
  // Marking and accepting act on the workbook as it is now, checked again: it may have changed since the review
  // (a value typed in Excel, an explanation added), and a record or a note must never follow an earlier reading.
  const annotate = () => void action.run(t('pane.review.annotating'), async () => {
    setNotice(null);
    const fresh = await run.check('all');
    if (fresh === null) return;
    await port.annotate([...fresh.check.errors, ...fresh.check.warnings], locale);
    setNotice(t('pane.review.annotated', { count: fresh.check.errors.length + fresh.check.warnings.length }));
  }, { writes: true });
  const accept = () => void action.run(t('pane.review.accepting'), async () => {
    setNotice(null);
    const fresh = await run.check('all');
    if (fresh === null) return;
    if (fresh.check.verdict === 'rejected') throw new ReviewRefused();
    const next = reviewRecord(fresh.check, new Date(), fresh.sheets);
    await port.saveSetting(REVIEW_SETTING, { ...next });
    setRecord({ record: next, holds: true });
    setNotice(t('pane.review.accepted_now'));
  }, { writes: true });
  const copy = () => void action.run(t('pane.review.copying'), async () => {
    await navigator.clipboard.writeText(summary);
    setNotice(t('pane.review.copied'));
  });

  return (
    <div className={styles.column}>
      {record !== null ? (record.holds
        ? <Text>{t('pane.review.accepted_on', { at: record.record.at.slice(0, 10) })}</Text>
        : <MessageBar intent="warning"><MessageBarBody>{t('pane.review.accepted_changed', { at: record.record.at.slice(0, 10) })}</MessageBarBody></MessageBar>) : null}
      <div className={styles.row}>
        <Button appearance="primary" icon={<TaskListSquareLtrRegular />} disabledFocusable={runWhy !== null} aria-describedby={runWhy === null ? undefined : runWhyId} onClick={review}>{t('pane.review.run')}</Button>
        <Button icon={<CommentNoteRegular />} disabledFocusable={annotateWhy !== null} aria-describedby={annotateWhy === null ? undefined : annotateWhy === runWhy ? runWhyId : annotateWhyId} onClick={annotate}>{t('pane.review.annotate')}</Button>
        <Button icon={<ShieldCheckmarkRegular />} disabledFocusable={acceptWhy !== null} aria-describedby={acceptWhy === null ? undefined : acceptWhy === runWhy ? runWhyId : acceptWhy === annotateWhy ? annotateWhyId : acceptWhyId} onClick={accept}>{t('pane.review.accept')}</Button>
      </div>
      <WhyDisabled id={runWhyId} reason={runWhy} />
      {annotateWhy !== runWhy ? <WhyDisabled id={annotateWhyId} reason={annotateWhy} /> : null}
      {acceptWhy !== annotateWhy ? <WhyDisabled id={acceptWhyId} reason={acceptWhy} /> : null}
      <Progress action={action} />
      {notice !== null ? <MessageBar intent="success"><MessageBarBody>{notice}</MessageBarBody></MessageBar> : null}
      {run.empty ? <MessageBar intent="warning"><MessageBarBody>{t('pane.check.no_sheet')}</MessageBarBody></MessageBar> : null}
      {run.result !== null ? (
        <>
          <VerdictSummary check={run.result.check} />
          <Field label={t('pane.review.summary')}>
            <Textarea value={summary} readOnly resize="vertical" rows={6} />
          </Field>
          <div className={styles.row}>
            <Button icon={<CopyRegular />} onClick={copy}>{t('pane.review.copy')}</Button>
          </div>
          <FindingsList check={run.result.check} actions={{ select: (finding) => void action.run(t('pane.check.selecting'), () => port.selectCell(finding.sheet, cellToShow(finding))) }} />
        </>
      ) : null}
    </div>
  );
}
