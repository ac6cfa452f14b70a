/**
 * One finding: where it is and what is wrong, in the user's language. Clicking it shows its cell. A warning can
 * be explained here (the row's 说明); in browser mode, where no grid is shown, an entry can be corrected here.
 */
import { Badge, Button, Input, Link, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../core/checks';
import { useText } from '../i18n';
import { placeLabel } from '../../core/form';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', gap: '6px', alignItems: 'baseline', flexWrap: 'wrap' },
  message: { textAlign: 'left' },
  editor: { display: 'flex', flexDirection: 'column', gap: '4px' },
  buttons: { display: 'flex', gap: '6px' },
});

export interface FindingActions {
  select: (finding: Finding) => void;
  /** Present when the finding's row has a 说明 cell the pane can write. */
  explain?: (finding: Finding, text: string) => Promise<void>;
  /** Present in browser mode for a finding on an entry cell. */
  correct?: (finding: Finding, text: string) => Promise<void>;
}

type Editing = 'explain' | 'correct' | null;

export function FindingItem({ finding, actions }: { finding: Finding; actions: FindingActions }) {
  const styles = useStyles();
  const { locale, t } = useText();
  const [editing, setEditing] = useState<Editing>(null);
  const [text, setText] = useState('');
  const where = placeLabel(finding.sheet, finding.ref);
  const message = locale === 'zh-CN' ? finding.message.zh : finding.message.en;
  const save = async () => {
    if (editing === 'explain') await actions.explain?.(finding, text);
    if (editing === 'correct') await actions.correct?.(finding, text);
    setEditing(null);
  };
  const open = (kind: Editing, initial: string) => {
    setEditing(kind);
    setText(initial);
  };

  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Link as="button" onClick={() => actions.select(finding)} aria-label={t('pane.finding.go', { where })}>{where}</Link>
        {finding.severity === 'warning'
          ? <Badge appearance="tint" color={finding.explained ? 'success' : 'warning'}>{t(finding.explained ? 'pane.finding.explained' : 'pane.finding.unexplained')}</Badge>
          : null}
      </div>
      <span className={styles.message}>{message}</span>
      {finding.explanation !== null && finding.explanation !== '' ? <span>{t('pane.finding.explanation', { text: finding.explanation })}</span> : null}
      {editing === null ? (
        <div className={styles.buttons}>
          {finding.severity === 'warning' && actions.explain !== undefined
            ? <Button size="small" onClick={() => open('explain', finding.explanation ?? '')}>{t('pane.finding.explain')}</Button>
            : null}
          {actions.correct !== undefined
            ? <Button size="small" onClick={() => open('correct', finding.value ?? '')}>{t('pane.finding.correct')}</Button>
            : null}
        </div>
      ) : (
        <div className={styles.editor}>
          {editing === 'explain'
            ? <Textarea value={text} onChange={(_, data) => setText(data.value)} aria-label={t('pane.finding.explain_label', { where })} maxLength={500} resize="vertical" />
            : <Input value={text} onChange={(_, data) => setText(data.value)} aria-label={t('pane.finding.correct_label', { where })} />}
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" disabled={editing === 'explain' && text.trim() === ''} onClick={() => void save()}>
              {t(editing === 'explain' ? 'pane.finding.save_explanation' : 'pane.finding.save_value')}
            </Button>
            <Button size="small" onClick={() => setEditing(null)}>{t('pane.common.cancel')}</Button>
          </div>
        </div>
      )}
    </li>
  );
}
