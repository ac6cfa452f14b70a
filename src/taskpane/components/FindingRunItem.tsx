/** Many findings of one kind as one line with their count; opened, each is an entry of its own. */
import { Button, makeStyles } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { placeLabel } from '../../core/form';
import { renderFinding } from '../../core/i18n';
import { useText } from '../i18n';
import type { FindingRun } from '../model/findingRuns';
import { FindingItem, type FindingActions } from './FindingItem';

const useStyles = makeStyles({
  item: { padding: '6px 0' },
  summary: { textAlign: 'left', whiteSpace: 'normal', height: 'auto', fontWeight: 'normal' },
  list: { listStyleType: 'none', margin: 0, padding: '0 0 0 12px' },
});

export function FindingRunItem({ run, actionsFor }: { run: Exclude<FindingRun, { kind: 'single' }>; actionsFor: (finding: Parameters<FindingActions['select']>[0]) => FindingActions }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const [first] = run.findings;
  const example = first === undefined ? '' : renderFinding(first, locale);
  const summary = run.kind === 'missing'
    ? t('pane.check.run.missing', { count: run.findings.length })
    : t('pane.check.run.same', { count: run.findings.length, example });
  return (
    <li className={styles.item}>
      <Button appearance="subtle" className={styles.summary} icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open} aria-controls={listId} onClick={() => setOpen((value) => !value)}>
        {summary}
      </Button>
      {open ? (
        <ul id={listId} className={styles.list} aria-label={summary}>
          {run.findings.map((finding, i) => (
            <FindingItem key={`${placeLabel(finding.sheet, finding.ref)}!${finding.code}!${i}`} finding={finding} actions={actionsFor(finding)} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
