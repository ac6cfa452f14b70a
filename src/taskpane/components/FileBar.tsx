/**
 * Browser mode's file: open an .xlsx (button or drag and drop onto the box), see its name, download the
 * workbook as it is now (checked, explained, annotated, regenerated or newly generated).
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type DragEvent } from 'react';
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
  // The first write of a new workbook names it: shown at once, not at the next debounced refresh.
  useEffect(() => onWorkbookChange(() => setName(file.name())), [file, onWorkbookChange]);

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
  });
  const drop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    open(event.dataTransfer.files[0]);
  };
  const shown = name;

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
        <Button icon={<ArrowDownloadRegular />} appearance="primary" disabled={shown === null} onClick={download}>{t('pane.file.download')}</Button>
      </div>
      <Progress action={action} />
    </section>
  );
}
