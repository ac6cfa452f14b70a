/** The plans to report on: a search box over a list of checkboxes grouped 省 / 市 / 县区. */
import { Checkbox, Label, SearchBox, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { PlanCatalog } from '../../core/catalog';
import { useText } from '../i18n';
import { groupPlans } from '../model/planGroups';
import { planTitle } from '../model/planTitle';

const useStyles = makeStyles({
  list: { maxHeight: '16em', overflowY: 'auto', overflowWrap: 'anywhere', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '4px 8px' },
  group: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingTop: '6px' },
  // As wide as the list under it: at 320 px Fluent's own width cut the placeholder (搜索规划名称、地区或年…).
  search: { width: '100%', maxWidth: 'none', boxSizing: 'border-box', marginBottom: '4px' },
});

export interface PlanPickerProps {
  label: string;
  plans: readonly PlanCatalog[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** Not a Field: a Field lends its one control id to every checkbox inside it. */
export function PlanPicker({ label, plans, selected, onChange }: PlanPickerProps) {
  const styles = useStyles();
  const { locale, t } = useText();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupPlans(plans, query), [plans, query]);
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...selected, id] : selected.filter((other) => other !== id));

  const labelId = useId('plan-picker');
  return (
    <div role="group" aria-labelledby={labelId}>
      <Label id={labelId} weight="semibold" style={{ display: 'block', marginBottom: '4px' }}>{label}</Label>
      <SearchBox className={styles.search} value={query} onChange={(_, data) => setQuery(data.value)} placeholder={t('pane.fill.search')} aria-label={t('pane.fill.search')} dismiss={{ 'aria-label': t('pane.fill.search_clear') }} />
      {/* A scroll area: focusable so a keyboard can scroll it. */}
      <div className={styles.list} tabIndex={0}>
        {groups.length === 0 ? <Text>{t('pane.fill.no_plan_found')}</Text> : null}
        {groups.map((group) => (
          <fieldset key={group.key} className={styles.group}>
            <legend className={styles.legend}>{t(`pane.fill.group.${group.key}`)}</legend>
            {group.plans.map((plan) => (
              <Checkbox
                key={plan.plan.id}
                checked={selected.includes(plan.plan.id)}
                onChange={(_, data) => toggle(plan.plan.id, data.checked === true)}
                label={t('pane.fill.plan_label', { title: planTitle(plan, locale), start: String(plan.plan.period.start), end: String(plan.plan.period.end) })}
              />
            ))}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
