/**
 * 审核 (the reviewer): the same checks on a received workbook, the findings marked on their cells, a summary to
 * copy and send back, and the return marked accepted (kept in the workbook: Workbook.settings in Excel, a very
 * hidden sheet in browser mode).
 */
import { Button, Field, Text, Textarea, makeStyles } from '@fluentui/react-components';
import { CommentNoteRegular, CopyRegular, ShieldCheckmarkRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { LoadedCatalog } from '../../core/catalog';
import { FindingsList } from '../components/FindingsList';
import { Progress } from '../components/Progress';
import { VerdictSummary } from '../components/VerdictSummary';
import { useAction } from '../hooks/useAction';
import { useCheck } from '../hooks/useCheck';
import { useText } from '../i18n';
import { REVIEW_SETTING, reviewRecord, reviewRecordOf, reviewSummary, type ReviewRecord } from '../model/reviewSummary';
import type { PaneServices } from '../services';
import { cellToShow } from './CheckTab';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export function ReviewTab({ services, catalog }: { services: PaneServices; catalog: LoadedCatalog | null }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const action = useAction();
  const { port } = services;
  const run = useCheck(port, catalog);
  const [record, setRecord] = useState<ReviewRecord | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    port.loadSetting(REVIEW_SETTING).then((value) => {
      if (current) setRecord(reviewRecordOf(value));
    }).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [port]);

  const summary = run.result === null ? '' : reviewSummary(run.result.check, locale);
  const review = () => void action.run(t('pane.check.running'), async () => {
    setNotice(null);
    await run.check('all');
  });
  const annotate = () => void action.run(t('pane.review.annotating'), async () => {
    if (run.result === null) return;
    await port.annotate([...run.result.check.errors, ...run.result.check.warnings], locale);
    setNotice(t('pane.review.annotated', { count: run.result.check.errors.length + run.result.check.warnings.length }));
  }, { writes: true });
  const accept = () => void action.run(t('pane.review.accepting'), async () => {
    if (run.result === null) return;
    const next = reviewRecord(run.result.check, new Date());
    await port.saveSetting(REVIEW_SETTING, { ...next });
    setRecord(next);
    setNotice(t('pane.review.accepted_now'));
  }, { writes: true });
  const copy = () => void action.run(t('pane.review.copying'), async () => {
    await navigator.clipboard.writeText(summary);
    setNotice(t('pane.review.copied'));
  });

  return (
    <div className={styles.column}>
      {record !== null ? <Text>{t('pane.review.accepted_on', { at: record.at.slice(0, 10) })}</Text> : null}
      <div className={styles.row}>
        <Button appearance="primary" icon={<TaskListSquareLtrRegular />} disabled={catalog === null || action.busy !== null} onClick={review}>{t('pane.review.run')}</Button>
        <Button icon={<CommentNoteRegular />} disabled={run.result === null || action.busy !== null} onClick={annotate}>{t('pane.review.annotate')}</Button>
        <Button icon={<ShieldCheckmarkRegular />} disabled={run.result === null || run.result.check.verdict === 'rejected' || action.busy !== null} onClick={accept}>{t('pane.review.accept')}</Button>
      </div>
      <Progress action={action} />
      {notice !== null ? <Text>{notice}</Text> : null}
      {run.empty ? <Text>{t('pane.check.no_sheet')}</Text> : null}
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
