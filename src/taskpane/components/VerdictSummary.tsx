/** The verdict of a check in the product's colours, with the counts it rests on. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Verdict } from '../../core/checks';
import { AMBER, STATUS_SWATCH, RED } from '../../core/layout';
import { useText } from '../i18n';
import type { WorkbookCheck } from '../model/sheetChecks';

const SWATCH: Readonly<Record<Verdict, { fill: string; font: string }>> = { accepted: STATUS_SWATCH.met, accepted_with_explanations: AMBER, rejected: RED };

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '2px', padding: '8px', borderRadius: tokens.borderRadiusMedium },
});

export function VerdictSummary({ check }: { check: WorkbookCheck }) {
  const styles = useStyles();
  const { t } = useText();
  const swatch = SWATCH[check.verdict];
  return (
    <div className={styles.box} style={{ backgroundColor: swatch.fill, color: swatch.font }} role="status" aria-live="polite">
      <Text weight="semibold" size={400}>{t('pane.check.verdict', { verdict: t(`pane.verdict.${check.verdict}`) })}</Text>
      <Text>{t('pane.check.counts', { sheets: check.sheets.length, errors: check.errors.length, warnings: check.warnings.length, unexplained: check.unexplainedWarnings })}</Text>
    </div>
  );
}
