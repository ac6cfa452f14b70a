/**
 * Each indicator of a reporting sheet with its status, in the sheet's own colours: refreshed when the workbook
 * changes (debounced), so the list follows what the user types in Excel. Laid out for a 320 px pane: the name
 * wraps and keeps a readable width, the status goes under it when the row is narrow; the list scrolls by keyboard.
 * A row 仅监测 for a reason (a target printed as a change, without the baseline) says why, under it.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { percentDecimals, STATUS_SWATCH } from '../../core/layout';
import { useText } from '../i18n';
import { percentText } from '../model/percentText';
import { statusCounts, type ProgressRow } from '../model/progressRows';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px',
    maxHeight: '28em', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '0', padding: '3px 6px', borderRadius: tokens.borderRadiusSmall, lineHeight: '1.35' },
  name: { flex: '1 1 11em', minWidth: '8em', overflowWrap: 'anywhere' },
  status: { flex: '0 1 auto', marginLeft: 'auto', textAlign: 'right', fontSize: tokens.fontSizeBase200 },
  reason: { flex: '1 1 100%', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

export function StatusList({ sheet, rows }: { sheet: string; rows: readonly ProgressRow[] }) {
  const styles = useStyles();
  const { t } = useText();
  const counts = statusCounts(rows);
  const title = t('pane.fill.status_title', { sheet });
  return (
    <section aria-label={title}>
      <Text weight="semibold" block>{title}</Text>
      <Text as="p" size={200} style={{ margin: '2px 0 4px' }}>{t('pane.fill.status_counts', { ...counts })}</Text>
      {/* A scroll area: focusable so a keyboard can scroll it, named for a screen reader. */}
      <ul className={styles.list} tabIndex={0} aria-label={title}>
        {rows.map((row) => {
          const swatch = STATUS_SWATCH[row.status];
          // 完成进度 short of 序时进度 or of 100 % is never printed equal to it (66.66 % against 66.67 %: 滞后).
          const places = row.completion === null ? 1 : percentDecimals(row.completion, row.timeShare === null ? [1] : [1, row.timeShare]);
          return (
            <li key={row.rowId} className={styles.row} style={{ backgroundColor: swatch.fill, color: swatch.font }} data-status-row="">
              <span className={styles.name} title={row.name}>{row.name}</span>
              <span className={styles.status}>
                {t(`pane.status.${row.status}`)}
                {row.completion !== null ? ` ${t('pane.fill.completion', { completion: percentText(row.completion, places), time: percentText(row.timeShare, places) })}` : ''}
              </span>
              {/* Why a target the plan prints is 仅监测 (a change without its baseline): on its own line, under the row. */}
              {row.status === 'monitoring' && row.reason !== null ? <span className={styles.reason}>{t(row.reason)}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
