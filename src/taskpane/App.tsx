/**
 * The task pane: a heading, what the host lacks (older Excel), the open file (browser mode), and five tabs.
 * A panel is built when its tab is first shown and then stays mounted while hidden, so a check's results survive a
 * look at another tab. Opening another file rebuilds only the panel in view, as a transition React renders in
 * slices: building all five panels at once held the main thread for a few hundred ms (issue 13, long tasks).
 */
import { FluentProvider, Link, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { startTransition, useCallback, useMemo, useState, type DragEvent } from 'react';
import { FileBar } from './components/FileBar';
import { HostNotice, OfficeNotice, ReadOnlyNotice } from './components/HostNotice';
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
  // A wider font than measured wraps the tabs to a second line rather than widen the pane.
  tabs: { flexWrap: 'wrap', rowGap: '0' },
  // Fluent's small tab pads 6 px a side: the five English tabs took 310 px of the 300 a 320 px pane has (0255).
  // 4 px a side, the selection bar kept under the label.
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    '::before': { left: tokens.spacingHorizontalXS, right: tokens.spacingHorizontalXS },
    '::after': { left: tokens.spacingHorizontalXS, right: tokens.spacingHorizontalXS },
  },
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
  const [built, setBuilt] = useState<ReadonlySet<TabKey>>(() => new Set<TabKey>(['fill']));
  // A new file opened in browser mode is a new workbook: its own catalogs, its own results.
  const [workbookKey, setWorkbookKey] = useState(0);
  const revision = useWorkbookRevision(services.port);
  const catalog = useCatalog(services, workbookKey);
  const { port } = services;
  const opened = () => startTransition(() => {
    setWorkbookKey((key) => key + 1);
    setBuilt(new Set([tab]));
  });
  const select = (key: TabKey) => {
    setTab(key);
    setBuilt((keys) => (keys.has(key) ? keys : new Set([...keys, key])));
  };
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
      {host.kind === 'excel' && host.readOnly === true ? <ReadOnlyNotice /> : null}
      {port.file !== null ? <FileBar file={port.file} onOpened={opened} onWorkbookChange={onWorkbookChange} /> : null}
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => select(data.value as TabKey)} aria-label={t('pane.tabs')}>
        {TABS.map((key) => (
          <Tab key={key} className={styles.tab} value={key} id={`tab-${key}`} aria-controls={`panel-${key}`}>{t(`pane.tab.${key}`)}</Tab>
        ))}
      </TabList>
      <div {...panel('fill')}>{built.has('fill') ? <FillTab key={workbookKey} services={services} catalog={catalog} revision={revision} /> : null}</div>
      <div {...panel('check')}>{built.has('check') ? <CheckTab key={workbookKey} services={services} catalog={catalog.loaded} /> : null}</div>
      <div {...panel('review')}>{built.has('review') ? <ReviewTab key={workbookKey} services={services} catalog={catalog.loaded} /> : null}</div>
      <div {...panel('annex')}>{built.has('annex') ? <AnnexTab key={workbookKey} services={services} catalog={catalog.loaded} /> : null}</div>
      <div {...panel('import')}>{built.has('import') ? <ImportTab key={workbookKey} services={services} catalog={catalog} /> : null}</div>
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
