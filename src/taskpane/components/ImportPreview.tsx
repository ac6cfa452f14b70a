/**
 * What the recogniser read, for the user to confirm: one entry per indicator with its unit and every value as
 * printed (header and value, wrapping), cells it could not read marked, and each problem quoted in the user's
 * language. A list, not a table: at 320 px a six-column table leaves a name two characters wide.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportProblem, ImportResult } from '../../core/import';
import { RED } from '../../core/layout';
import { useText } from '../i18n';

const useStyles = makeStyles({
  scroll: {
    listStyleType: 'none', margin: 0, padding: 0, maxHeight: '28em', overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  item: { padding: '6px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, display: 'flex', flexDirection: 'column', gap: '2px' },
  title: { overflowWrap: 'anywhere' },
  seq: { color: tokens.colorNeutralForeground3, marginRight: '4px' },
  values: { display: 'flex', flexWrap: 'wrap', gap: '2px 12px', margin: 0, fontSize: tokens.fontSizeBase200 },
  pair: { display: 'flex', gap: '4px', minWidth: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  unread: { backgroundColor: RED.fill, color: RED.font, padding: '0 2px' },
  problems: { margin: 0, paddingLeft: '1.2em', color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
});

export function ImportPreview({ result }: { result: ImportResult }) {
  const styles = useStyles();
  const { t } = useText();
  const word = (problem: ImportProblem) => t(problem.code, problem.params);
  const columns = result.header?.columns.filter((column) => column.kind === 'value') ?? [];
  const rowProblems = (row: number) => result.problems.filter((problem) => problem.row === row);
  const general = result.problems.filter((problem) => problem.row === undefined || !result.indicators.some((indicator) => indicator.sourceRow === problem.row));

  return (
    <div>
      <Text as="p">{t('pane.import.found', { count: result.indicators.length, problems: result.problems.length })}</Text>
      {general.length > 0 ? <ul className={styles.problems}>{general.map((problem, i) => <li key={i}>{word(problem)}</li>)}</ul> : null}
      {result.indicators.length > 0 ? (
        <ol className={styles.scroll} aria-label={t('pane.import.preview')} tabIndex={0}>
          {result.indicators.map((indicator) => {
            const problems = rowProblems(indicator.sourceRow);
            return (
              <li key={indicator.key} className={styles.item}>
                <span className={styles.title}>
                  {indicator.seq !== undefined && indicator.seq !== null ? <span className={styles.seq} data-part="seq">{indicator.seq}</span> : null}
                  {indicator.parent === undefined ? '' : '　'}
                  <span data-part="name">{indicator.name}{indicator.marks.join('')}</span>
                  {indicator.unit === '' ? null : <span data-part="unit">（{indicator.unit}）</span>}
                </span>
                <dl className={styles.values}>
                  {columns.map((column) => {
                    const value = indicator.values.find((candidate) => candidate.column === column.column);
                    return (
                      <div key={column.column} className={styles.pair}>
                        <dt className={styles.term}>{column.header}</dt>
                        <dd className={value !== undefined && value.parsed === null ? `${styles.value} ${styles.unread}` : styles.value}>{value?.raw ?? ''}</dd>
                      </div>
                    );
                  })}
                </dl>
                {problems.length > 0 ? <ul className={styles.problems} aria-label={t('pane.import.col_problems')}>{problems.map((problem, i) => <li key={i}>{word(problem)}</li>)}</ul> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
