/**
 * Browser mode's file: open an .xlsx (button or drag and drop onto the box), see its name, download the
 * workbook as it is now (checked, explained, annotated, regenerated or newly generated).
 */
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { downloadBytes, XLSX_TYPE } from '../hooks/download';
import { useAction } from '../hooks/useAction';
import { useText } from '../i18n';
import type { FileAccess } from '../ports/workbookPort';
import { Progress } from './Progress';

const useStyles = makeStyles({
  box: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px', padding: '8px',
    border: `1px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  over: { backgroundColor: tokens.colorBrandBackground2 },
  name: { flexGrow: 1, minWidth: '8em', wordBreak: 'break-all' },
  input: { display: 'none' },
  unsaved: { marginTop: '4px', height: 'auto', whiteSpace: 'normal', padding: '2px 6px', textAlign: 'left' },
});

export interface FileBarProps {
  file: FileAccess;
  onOpened: () => void;
  /** Subscribes to changes of the workbook (the port's onChange); returns the unsubscribe. */
  onWorkbookChange: (listener: () => void) => () => void;
}

export function FileBar({ file, onOpened, onWorkbookChange }: FileBarProps) {
  const styles = useStyles();
  const { t } = useText();
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [name, setName] = useState<string | null>(file.name());
  const [unsaved, setUnsaved] = useState(file.unsaved());
  // The first write of a new workbook names it: shown at once, not at the next debounced refresh.
  useEffect(() => onWorkbookChange(() => {
    setName(file.name());
    setUnsaved(file.unsaved());
  }), [file, onWorkbookChange]);
  // Explanations, corrections, annotations and new sheets live only in this page until downloaded.
  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const open = (chosen: File | undefined) => {
    if (chosen === undefined) return;
    void action.run(t('pane.file.opening', { name: chosen.name }), async () => {
      await file.open(chosen.name, new Uint8Array(await chosen.arrayBuffer()));
      setName(file.name());
      onOpened();
    });
  };
  const download = () => void action.run(t('pane.file.preparing'), async () => {
    downloadBytes(await file.bytes(), file.name() ?? t('pane.file.default_name'), XLSX_TYPE);
    setUnsaved(file.unsaved());
  });
  const drop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    open(event.dataTransfer.files[0]);
  };
  const shown = name;
  const whyId = useId();

  return (
    <section aria-label={t('pane.file.region')}>
      <div
        className={over ? `${styles.box} ${styles.over}` : styles.box}
        onDragOver={(event) => { event.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>{t('pane.file.open')}</Button>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('pane.file.open')}
          data-testid="file-input"
          onChange={(event) => {
            open(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <Text className={styles.name}>{shown === null ? t('pane.file.none') : t('pane.file.current', { name: shown })}</Text>
        <Button icon={<ArrowDownloadRegular />} appearance="primary" disabledFocusable={shown === null} aria-describedby={shown === null ? whyId : undefined} onClick={download}>{t('pane.file.download')}</Button>
        {shown === null ? <Text size={200} id={whyId}>{t('pane.why.no_file')}</Text> : null}
      </div>
      {unsaved ? <Badge appearance="tint" color="warning" role="status" className={styles.unsaved}>{t('pane.file.unsaved')}</Badge> : null}
      <Progress action={action} />
    </section>
  );
}
