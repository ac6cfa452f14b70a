/**
 * 导入: an indicator table pasted from a plan document — the selected range in Excel, pasted text in the browser —
 * recognised, shown for confirmation, then kept in the workbook as a custom catalog (its plan then appears in
 * 填报) and offered as catalog files to download.
 */
import { Button, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles } from '@fluentui/react-components';
import { ArrowDownloadRegular, ClipboardPasteRegular, SaveRegular } from '@fluentui/react-icons';
import { useId, useState, type ClipboardEvent } from 'react';
import type { CatalogText } from '../../core/catalog';
import { planTitleOfCaption, type ImportResult } from '../../core/import';
import { findRegion, fullRegionName } from '../../core/regions';
import { fieldsValid, ImportForm, type ImportFields } from '../components/ImportForm';
import { ImportPreview } from '../components/ImportPreview';
import { Progress } from '../components/Progress';
import { WhyDisabled } from '../components/WhyDisabled';
import { downloadBytes, YAML_TYPE } from '../hooks/download';
import { useAction } from '../hooks/useAction';
import type { CatalogState } from '../hooks/useCatalog';
import { useText } from '../i18n';
import { pastedTable } from '../model/pastedTable';
import type { PaneServices } from '../services';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

interface Recognised {
  result: ImportResult;
  source: string;
}

function initialFields(result: ImportResult): ImportFields {
  const stamp = new Date().toISOString().slice(0, 10).replace(/-/gu, '');
  return { title: planTitleOfCaption(result.caption?.text) ?? '', id: `import-${stamp}`, regionCode: '330000', level: 'province', start: '', end: '' };
}

export function ImportTab({ services, catalog }: { services: PaneServices; catalog: CatalogState }) {
  const styles = useStyles();
  const { t, locale } = useText();
  const action = useAction();
  const { port } = services;
  const [pasted, setPasted] = useState('');
  /** The clipboard's HTML of the last paste, while the text area still holds what that paste put there. */
  const [pastedHtml, setPastedHtml] = useState<{ html: string; text: string } | null>(null);
  const [recognised, setRecognised] = useState<Recognised | null>(null);
  const [fields, setFields] = useState<ImportFields | null>(null);
  const [kept, setKept] = useState<{ files: CatalogText[] } | null>(null);
  const recogniseWhyId = useId();
  const recogniseWhy = action.busy !== null ? t('pane.why.busy') : !port.capabilities.selection && pasted.trim() === '' ? t('pane.why.no_paste') : null;

  const recognise = () => void action.run(t('pane.import.recognising'), async () => {
    const engine = await services.importer();
    // A table copied from Word, WPS or a web page carries HTML too: merged cells, line breaks and the caption
    // survive there, where the plain text flattens them.
    const fromHtml = pastedHtml !== null && pastedHtml.text === pasted ? engine.htmlCells(pastedHtml.html) : null;
    const table = port.capabilities.selection
      ? await port.readSelection()
      : { cells: fromHtml ?? pastedTable(pasted), source: `${port.file?.name() ?? t('pane.import.pasted_source')}#${t('pane.import.pasted_sheet')}`, origin: { row: 0, column: 0 } };
    const result = engine.recognise({ cells: table.cells, concepts: catalog.loaded?.catalog.concepts ?? [], origin: table.origin });
    setRecognised({ result, source: table.source });
    setFields(initialFields(result));
    setKept(null);
  });

  const keep = () => void action.run(t('pane.import.keeping'), async () => {
    if (recognised === null || fields === null) return;
    const found = findRegion(fields.regionCode);
    const region = found === undefined ? { name: fields.regionCode, code: fields.regionCode } : { name: fullRegionName(found), code: found.code };
    const period = fields.start.trim() !== '' && fields.end.trim() !== '' ? { period: { start: Number(fields.start), end: Number(fields.end) } } : {};
    const engine = await services.importer();
    const files = engine.catalogFiles(recognised.result, { id: fields.id, workbook: recognised.source, title: fields.title.trim(), region, level: fields.level, ...period, locale });
    await catalog.keep({ planId: fields.id, files });
    setKept({ files });
  }, { writes: true });

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    if (!/<table/iu.test(html)) {
      setPastedHtml(null);
      return;
    }
    // The table replaces what the box held: its text is shown, its HTML is what is recognised.
    event.preventDefault();
    const text = event.clipboardData.getData('text/plain');
    setPasted(text);
    setPastedHtml({ html, text });
  };

  const takenBy = (id: string): string | null => {
    if (catalog.custom.some((custom) => custom.planId === id)) return null;
    return catalog.loaded?.catalog.plans.find((plan) => plan.plan.id === id)?.plan.title ?? null;
  };

  const problems = kept === null ? [] : (catalog.loaded?.problems ?? []).filter((problem) => kept.files.some((file) => problem.file === file.file));

  return (
    <div className={styles.column}>
      {port.capabilities.selection ? (
        <Text>{t('pane.import.select_hint')}</Text>
      ) : (
        <Field label={t('pane.import.paste_label')} hint={t('pane.import.paste_hint')}>
          <Textarea value={pasted} onChange={(_, data) => setPasted(data.value)} onPaste={paste} rows={6} resize="vertical" />
        </Field>
      )}
      <div className={styles.row}>
        <Button appearance="primary" icon={<ClipboardPasteRegular />} disabledFocusable={recogniseWhy !== null} aria-describedby={recogniseWhy === null ? undefined : recogniseWhyId} onClick={recognise}>
          {t(port.capabilities.selection ? 'pane.import.read_selection' : 'pane.import.recognise')}
        </Button>
      </div>
      <WhyDisabled id={recogniseWhyId} reason={recogniseWhy} />
      <Progress action={action} />
      {recognised !== null ? <ImportPreview result={recognised.result} /> : null}
      {recognised !== null && fields !== null && recognised.result.indicators.length > 0 ? (
        <>
          <ImportForm fields={fields} onChange={setFields} takenBy={takenBy} />
          <div className={styles.row}>
            <Button appearance="primary" icon={<SaveRegular />} disabled={!fieldsValid(fields, takenBy) || action.busy !== null} onClick={keep}>{t('pane.import.keep')}</Button>
          </div>
        </>
      ) : null}
      {kept !== null ? (
        <MessageBar intent={problems.length === 0 ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>
            {t(port.capabilities.settings ? 'pane.import.kept' : 'pane.import.kept_session', { title: fields?.title ?? '' })}
            {problems.map((problem, i) => <div key={i}>{t('pane.import.catalog_problem', { path: problem.path || '/', problem: problem.reason })}</div>)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {kept !== null ? (
        <div className={styles.row}>
          {kept.files.map((file) => (
            <Button key={file.file} icon={<ArrowDownloadRegular />} onClick={() => downloadBytes(file.text, file.file, YAML_TYPE)}>{t('pane.import.download', { file: file.file })}</Button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
