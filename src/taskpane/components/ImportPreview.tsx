/**
 * What the recogniser read, for the user to confirm: one row per indicator with its unit and every value as
 * printed, cells it could not read marked, and each problem quoted in the user's language.
 */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportProblem, ImportResult } from '../../core/import';
import { RED } from '../../core/layout';
import { useText } from '../i18n';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxHeight: '24em', overflowY: 'auto' },
  unread: { backgroundColor: RED.fill, color: RED.font },
  problems: { margin: 0, paddingLeft: '1.2em', color: tokens.colorPaletteRedForeground1 },
});

export function ImportPreview({ result }: { result: ImportResult }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const word = (problem: ImportProblem) => t(problem.code, problem.params);
  const columns = result.header?.columns.filter((column) => column.kind === 'value') ?? [];
  const rowProblems = (row: number) => result.problems.filter((problem) => problem.row === row);
  const general = result.problems.filter((problem) => problem.row === undefined || !result.indicators.some((indicator) => indicator.sourceRow === problem.row));

  return (
    <div>
      <Text as="p">{t('pane.import.found', { count: result.indicators.length, problems: result.problems.length })}</Text>
      {general.length > 0 ? <ul className={styles.problems}>{general.map((problem, i) => <li key={i}>{word(problem)}</li>)}</ul> : null}
      {result.indicators.length > 0 ? (
        <div className={styles.scroll}>
          <Table size="small" aria-label={t('pane.import.preview')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('pane.import.col_seq')}</TableHeaderCell>
                <TableHeaderCell>{t('pane.import.col_name')}</TableHeaderCell>
                <TableHeaderCell>{t('pane.import.col_unit')}</TableHeaderCell>
                {columns.map((column) => <TableHeaderCell key={column.column}>{column.header}</TableHeaderCell>)}
                <TableHeaderCell>{t('pane.import.col_problems')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.indicators.map((indicator) => (
                <TableRow key={indicator.key}>
                  <TableCell>{indicator.seq ?? ''}</TableCell>
                  <TableCell>{indicator.parent === undefined ? '' : '　'}{indicator.name}{indicator.marks.join('')}</TableCell>
                  <TableCell>{indicator.unit}</TableCell>
                  {columns.map((column) => {
                    const value = indicator.values.find((candidate) => candidate.column === column.column);
                    return (
                      <TableCell key={column.column} className={value !== undefined && value.parsed === null ? styles.unread : undefined}>
                        {value?.raw ?? ''}
                      </TableCell>
                    );
                  })}
                  <TableCell>{rowProblems(indicator.sourceRow).map(word).join(locale === 'zh-CN' ? '；' : '; ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}
