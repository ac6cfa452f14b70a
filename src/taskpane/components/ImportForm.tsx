/** What the imported catalog says about its plan: title, id, region, level, period (blank: from the table's years). */
import { Field, Input, Select } from '@fluentui/react-components';
import type { PlanLevel } from '../../core/catalog';
import { useText } from '../i18n';
import { RegionSelect } from './RegionSelect';

export interface ImportFields {
  title: string;
  id: string;
  regionCode: string;
  level: PlanLevel;
  start: string;
  end: string;
}

export const PLAN_ID = /^[a-z0-9][a-z0-9._-]*$/u;
// The levels the pane offers, each worded by its 'pane.level.<level>' message.
const LEVELS = ['province', 'city', 'county', 'district'] as const satisfies readonly PlanLevel[];
const YEAR = /^\d{4}$/u;

/** The title of a plan the pane has not kept from an import that already has `id` (a built-in plan); null when none. */
export type TakenId = (id: string) => string | null;

export function fieldsValid(fields: ImportFields, takenBy: TakenId): boolean {
  const years = [fields.start, fields.end].filter((text) => text.trim() !== '');
  return fields.title.trim() !== '' && PLAN_ID.test(fields.id) && takenBy(fields.id) === null && years.every((text) => YEAR.test(text.trim())) && years.length !== 1;
}

export function ImportForm({ fields, onChange, takenBy }: { fields: ImportFields; onChange: (fields: ImportFields) => void; takenBy: TakenId }) {
  const { t } = useText();
  // A built-in plan's id: of two plans with one id the catalog loads only the first, so the import would vanish.
  const taken = takenBy(fields.id);
  const idProblem = !PLAN_ID.test(fields.id) ? t('pane.import.id_invalid') : taken === null ? null : t('pane.import.id_taken', { id: fields.id, title: taken });
  const set = (patch: Partial<ImportFields>) => onChange({ ...fields, ...patch });
  const onePeriodYear = [fields.start, fields.end].filter((text) => text.trim() !== '').length === 1;
  return (
    <>
      <Field label={t('pane.import.title')} required validationMessage={fields.title.trim() === '' ? t('pane.import.title_missing') : null}>
        <Input value={fields.title} onChange={(_, data) => set({ title: data.value })} />
      </Field>
      <Field label={t('pane.import.id')} hint={t('pane.import.id_hint')} required validationMessage={idProblem}>
        <Input value={fields.id} onChange={(_, data) => set({ id: data.value.trim() })} />
      </Field>
      <RegionSelect label={t('pane.import.region')} value={fields.regionCode} onChange={(regionCode) => set({ regionCode })} />
      <Field label={t('pane.import.level')}>
        <Select value={fields.level} onChange={(_, data) => set({ level: data.value as PlanLevel })}>
          {LEVELS.map((level) => <option key={level} value={level}>{t(`pane.level.${level}`)}</option>)}
        </Select>
      </Field>
      {/* Two fields: a Field lends its one control id to whatever it wraps. */}
      <Field label={t('pane.import.period_start')} hint={t('pane.import.period_hint')}>
        <Input type="number" value={fields.start} onChange={(_, data) => set({ start: data.value })} />
      </Field>
      <Field label={t('pane.import.period_end')} validationMessage={onePeriodYear ? t('pane.import.period_both') : null}>
        <Input type="number" value={fields.end} onChange={(_, data) => set({ end: data.value })} />
      </Field>
    </>
  );
}
