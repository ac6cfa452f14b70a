/**
 * The task pane: a heading, what the host lacks (older Excel), the open file (browser mode), and five tabs.
 * Panels stay mounted while hidden, so a check's results survive a look at another tab.
 */
import { FluentProvider, Link, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState, type DragEvent } from 'react';
import { FileBar } from './components/FileBar';
import { HostNotice, OfficeNotice } from './components/HostNotice';
import { useCatalog } from './hooks/useCatalog';
import { useWorkbookRevision } from './hooks/useWorkbookRevision';
import type { HostInfo } from './host';
import { LocaleProvider, localeOf, useText } from './i18n';
import type { PaneServices } from './services';
import { AnnexTab } from './tabs/AnnexTab';
import { CheckTab } from './tabs/CheckTab';
import { FillTab } from './tabs/FillTab';
import { ImportTab } from './tabs/ImportTab';
import { ReviewTab } from './tabs/ReviewTab';
import { paneTheme } from './theme';

export const TABS = ['fill', 'check', 'review', 'annex', 'import'] as const;
export type TabKey = (typeof TABS)[number];

const useStyles = makeStyles({
  root: { minHeight: '100%', boxSizing: 'border-box', padding: '8px 10px', display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  header: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: '8px', flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  mode: { color: tokens.colorNeutralForeground3 },
  // Five tabs fit 320 px in Chinese; in English they wrap to a second line rather than widen the pane.
  tabs: { flexWrap: 'wrap', rowGap: '0' },
  panel: { display: 'flex', flexDirection: 'column', gap: '10px' },
});

export interface AppProps {
  host: HostInfo;
  services: PaneServices;
}

function Pane({ host, services }: AppProps) {
  const styles = useStyles();
  const { t } = useText();
  const [tab, setTab] = useState<TabKey>('fill');
  // A new file opened in browser mode is a new workbook: its own catalogs, its own results.
  const [workbookKey, setWorkbookKey] = useState(0);
  const revision = useWorkbookRevision(services.port);
  const catalog = useCatalog(services, workbookKey);
  const { port } = services;
  const opened = () => setWorkbookKey((key) => key + 1);
  const onWorkbookChange = useCallback((listener: () => void) => port.onChange(listener), [port]);
  // A file dropped beside the drop zone must not make the browser leave the pane to show it.
  const dropTarget = port.file === null ? {} : {
    onDragOver: (event: DragEvent) => event.preventDefault(),
    onDrop: (event: DragEvent) => event.preventDefault(),
  };
  // A hidden panel gets no class: its display rule would override the hidden attribute.
  const panel = (key: TabKey) => ({ role: 'tabpanel', id: `panel-${key}`, 'aria-labelledby': `tab-${key}`, hidden: tab !== key, className: tab === key ? styles.panel : undefined });

  return (
    <main className={styles.root} {...dropTarget}>
      <header className={styles.header}>
        <h1 className={styles.heading}>{t('pane.title')}</h1>
        <Link href="help.html" target="_blank" rel="noopener">{t('pane.help')}</Link>
      </header>
      <Text size={200} className={styles.mode}>{t(host.kind === 'excel' ? 'pane.mode.excel' : 'pane.mode.browser')}</Text>
      {host.officeAbsence === 'failed' || host.officeAbsence === 'timeout' ? <OfficeNotice absence={host.officeAbsence} /> : null}
      {host.kind === 'excel' && port.capabilities.missing.length > 0 ? <HostNotice missing={port.capabilities.missing} /> : null}
      {port.file !== null ? <FileBar file={port.file} onOpened={opened} onWorkbookChange={onWorkbookChange} /> : null}
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabKey)} aria-label={t('pane.tabs')}>
        {TABS.map((key) => (
          <Tab key={key} value={key} id={`tab-${key}`} aria-controls={`panel-${key}`}>{t(`pane.tab.${key}`)}</Tab>
        ))}
      </TabList>
      <div {...panel('fill')}><FillTab key={workbookKey} services={services} catalog={catalog} revision={revision} /></div>
      <div {...panel('check')}><CheckTab key={workbookKey} services={services} catalog={catalog.loaded} /></div>
      <div {...panel('review')}><ReviewTab key={workbookKey} services={services} catalog={catalog.loaded} /></div>
      <div {...panel('annex')}><AnnexTab key={workbookKey} services={services} catalog={catalog.loaded} /></div>
      <div {...panel('import')}><ImportTab key={workbookKey} services={services} catalog={catalog} /></div>
    </main>
  );
}

export function App({ host, services }: AppProps) {
  const locale = localeOf(host.language);
  const theme = useMemo(() => paneTheme(host.theme, locale), [host.theme, locale]);
  return (
    <LocaleProvider locale={locale}>
      <FluentProvider theme={theme} lang={locale} style={{ minHeight: '100%' }}>
        <Pane host={host} services={services} />
      </FluentProvider>
    </LocaleProvider>
  );
}
