/** The findings of a check, errors first then warnings, each group headed with its count; many of a kind under one line. */
import { Text, makeStyles } from '@fluentui/react-components';
import type { Finding } from '../../core/checks';
import { useText } from '../i18n';
import type { WorkbookCheck } from '../model/sheetChecks';
import { FindingItem, type FindingActions } from './FindingItem';
import { FindingRunItem } from './FindingRunItem';
import { findingRuns } from '../model/findingRuns';
import { placeLabel } from '../../core/form';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  heading: { margin: '8px 0 0 0', fontSize: '14px' },
});

export interface FindingsListProps {
  check: WorkbookCheck;
  actions: FindingActions;
  /** Which actions a finding gets (a reviewer's list explains nothing). */
  actionsFor?: (finding: Finding) => FindingActions;
}

export function FindingsList({ check, actions, actionsFor }: FindingsListProps) {
  const styles = useStyles();
  const { t } = useText();
  const groups = [
    { key: 'error', findings: check.errors },
    { key: 'warning', findings: check.warnings },
  ] as const;
  if (check.errors.length + check.warnings.length === 0) return <Text>{t('pane.check.no_findings')}</Text>;
  return (
    <div>
      {groups.filter((group) => group.findings.length > 0).map((group) => (
        <section key={group.key} aria-label={t(`pane.check.group.${group.key}`, { count: group.findings.length })}>
          <h2 className={styles.heading}>{t(`pane.check.group.${group.key}`, { count: group.findings.length })}</h2>
          <ul className={styles.list}>
            {findingRuns(group.findings).map((run, i) => (run.kind === 'single'
              ? <FindingItem key={`${placeLabel(run.finding.sheet, run.finding.ref)}!${run.finding.code}!${i}`} finding={run.finding} actions={actionsFor?.(run.finding) ?? actions} />
              : <FindingRunItem key={run.key} run={run} actionsFor={(finding) => actionsFor?.(finding) ?? actions} />))}
          </ul>
        </section>
      ))}
    </div>
  );
}
