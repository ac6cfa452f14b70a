/**
 * One finding: where it is and what is wrong, in the user's language. Clicking it shows its cell (Excel) or, in
 * browser mode where no grid is shown, its row in place. A warning can be explained here (the row's 说明); in
 * browser mode an entry can be corrected here. The editor a button opens takes the focus, and gives it back to
 * that button when it closes; a value the checks refuse keeps the editor open with the typed text.
 */
import { Badge, Button, Input, Link, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../core/checks';
import { useText } from '../i18n';
import { placeLabel } from '../../core/form';
import { renderFinding } from '../../core/i18n';
import type { FindingRow } from '../model/findingRow';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere' },
  head: { display: 'flex', gap: '6px', alignItems: 'baseline', flexWrap: 'wrap' },
  message: { textAlign: 'left' },
  editor: { display: 'flex', flexDirection: 'column', gap: '4px' },
  buttons: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  row: { margin: 0, padding: '4px 8px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium, fontSize: tokens.fontSizeBase200 },
  rowValues: { display: 'flex', flexWrap: 'wrap', gap: '0 12px', margin: 0, padding: 0, listStyleType: 'none' },
});

export interface FindingActions {
  select: (finding: Finding) => void;
  /** Present when the finding's row has a 说明 cell the pane can write. Resolves false when nothing was saved. */
  explain?: (finding: Finding, text: string) => Promise<boolean | void>;
  /** Present in browser mode for a finding on an entry cell. Resolves false when the value was refused. */
  correct?: (finding: Finding, text: string) => Promise<boolean | void>;
  /** Browser mode: the row the finding points to, shown in place of a grid. */
  rowOf?: (finding: Finding) => FindingRow | null;
}

type Editing = 'explain' | 'correct' | null;

export function FindingItem({ finding, actions }: { finding: Finding; actions: FindingActions }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const [editing, setEditing] = useState<Editing>(null);
  const [text, setText] = useState('');
  const [rowShown, setRowShown] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const lastEditor = useRef<Editing>(null);
  const where = placeLabel(finding.sheet, finding.ref);
  const message = renderFinding(finding, locale);
  const row = rowShown ? actions.rowOf?.(finding) ?? null : null;

  useEffect(() => {
    if (editing !== null) {
      lastEditor.current = editing;
      item.current?.querySelector<HTMLElement>('[data-editor] input, [data-editor] textarea')?.focus();
    } else if (lastEditor.current !== null) {
      item.current?.querySelector<HTMLButtonElement>(`[data-opens="${lastEditor.current}"]`)?.focus();
      lastEditor.current = null;
    }
  }, [editing]);

  const save = async () => {
    const saved = editing === 'explain' ? await actions.explain?.(finding, text) : editing === 'correct' ? await actions.correct?.(finding, text) : undefined;
    if (saved !== false) setEditing(null);
  };
  const open = (kind: Editing, initial: string) => {
    setEditing(kind);
    setText(initial);
  };
  const select = () => {
    if (actions.rowOf !== undefined) setRowShown((value) => !value);
    actions.select(finding);
  };

  return (
    <li className={styles.item} ref={item}>
      <div className={styles.head}>
        <Link as="button" onClick={select} aria-expanded={actions.rowOf !== undefined ? rowShown : undefined}
          aria-label={t(actions.rowOf !== undefined ? 'pane.finding.go_browser' : 'pane.finding.go', { where })}>{where}</Link>
        {finding.severity === 'warning'
          ? <Badge appearance="tint" color={finding.explained ? 'success' : 'warning'}>{t(finding.explained ? 'pane.finding.explained' : 'pane.finding.unexplained')}</Badge>
          : null}
      </div>
      <span className={styles.message}>{message}</span>
      {row !== null ? (
        <div className={styles.row} role="group" aria-label={t('pane.finding.row_title', { where, name: row.name })}>
          <strong>{t('pane.finding.row_title', { where, name: row.name })}{row.unit === '' ? '' : `（${row.unit}）`}</strong>
          <ul className={styles.rowValues}>
            {row.actuals.map((actual) => <li key={actual.year}>{actual.year}：{actual.value === '' ? '—' : actual.value}</li>)}
          </ul>
          {row.explanation !== '' ? <span>{t('pane.finding.explanation', { text: row.explanation })}</span> : null}
        </div>
      ) : null}
      {finding.explanation !== null && finding.explanation !== '' ? <span>{t('pane.finding.explanation', { text: finding.explanation })}</span> : null}
      {editing === null ? (
        <div className={styles.buttons}>
          {finding.severity === 'warning' && actions.explain !== undefined
            ? <Button data-opens="explain" size="small" onClick={() => open('explain', finding.explanation ?? '')}>{t('pane.finding.explain')}</Button>
            : null}
          {actions.correct !== undefined
            ? <Button data-opens="correct" size="small" onClick={() => open('correct', finding.value ?? '')}>{t('pane.finding.correct')}</Button>
            : null}
        </div>
      ) : (
        <div className={styles.editor} data-editor="">
          {editing === 'explain'
            ? <Textarea value={text} onChange={(_, data) => setText(data.value)} aria-label={t('pane.finding.explain_label', { where })} maxLength={500} resize="vertical" />
            : <Input value={text} onChange={(_, data) => setText(data.value)} aria-label={t('pane.finding.correct_label', { where })} />}
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" disabled={text.trim() === ''} onClick={() => void save()}>
              {t(editing === 'explain' ? 'pane.finding.save_explanation' : 'pane.finding.save_value')}
            </Button>
            <Button size="small" onClick={() => setEditing(null)}>{t('pane.common.cancel')}</Button>
          </div>
        </div>
      )}
    </li>
  );
}
