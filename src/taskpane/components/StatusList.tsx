/**
 * Each indicator of the active reporting sheet with its status, in the sheet's own colours: refreshed when the
 * workbook changes (debounced), so the list follows what the user types in Excel.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { STATUS_SWATCH } from '../../core/layout';
import { useText } from '../i18n';
import { statusCounts, type ProgressRow } from '../model/progressRows';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px', maxHeight: '20em', overflowY: 'auto' },
  row: { display: 'flex', justifyContent: 'space-between', gap: '8px', padding: '2px 6px', borderRadius: tokens.borderRadiusSmall },
  name: { overflow: 'hidden', textOverflow: 'ellipsis' },
  status: { whiteSpace: 'nowrap' },
});

const percent = (value: number | null) => (value === null ? '' : `${Math.round(value * 1000) / 10}%`);

export function StatusList({ sheet, rows }: { sheet: string; rows: readonly ProgressRow[] }) {
  const styles = useStyles();
  const { t } = useText();
  const counts = statusCounts(rows);
  return (
    <section aria-label={t('pane.fill.status_title', { sheet })}>
      <Text weight="semibold" block>{t('pane.fill.status_title', { sheet })}</Text>
      <Text as="p" size={200}>{t('pane.fill.status_counts', { ...counts })}</Text>
      <ul className={styles.list}>
        {rows.map((row) => {
          const swatch = STATUS_SWATCH[row.status];
          return (
            <li key={row.rowId} className={styles.row} style={{ backgroundColor: swatch.fill, color: swatch.font }}>
              <span className={styles.name} title={row.name}>{row.name}</span>
              <span className={styles.status}>
                {t(`pane.status.${row.status}`)}
                {row.completion !== null ? ` ${t('pane.fill.completion', { completion: percent(row.completion), time: percent(row.timeShare) })}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
