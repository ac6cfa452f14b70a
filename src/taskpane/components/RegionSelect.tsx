/** A region of Zhejiang: the province, each city and, under it, its counties and districts (GB/T 2260). */
import { Field, Select } from '@fluentui/react-components';
import { useMemo } from 'react';
import { fullRegionName, ZHEJIANG } from '../../core/regions';
import { useText } from '../i18n';

export interface RegionSelectProps {
  label: string;
  /** GB/T 2260 code. */
  value: string;
  onChange: (code: string) => void;
  /** A region outside Zhejiang's list (an imported plan's own), offered as well. */
  extra?: { name: string; code: string } | null;
}

export function RegionSelect({ label, value, onChange, extra = null }: RegionSelectProps) {
  const { t } = useText();
  const cities = useMemo(() => ZHEJIANG.filter((entry) => entry.level === 'city'), []);
  const province = ZHEJIANG.find((entry) => entry.level === 'province');
  const known = ZHEJIANG.some((entry) => entry.code === value);
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        {extra !== null && !ZHEJIANG.some((entry) => entry.code === extra.code) ? <option value={extra.code}>{extra.name}</option> : null}
        {!known && extra?.code !== value ? <option value={value}>{t('pane.fill.region_unknown', { code: value })}</option> : null}
        {province === undefined ? null : <option value={province.code}>{province.name}</option>}
        {cities.map((city) => (
          <optgroup key={city.code} label={city.name}>
            <option value={city.code}>{city.name}</option>
            {ZHEJIANG.filter((entry) => entry.parent === city.code).map((county) => (
              <option key={county.code} value={county.code}>{fullRegionName(county)}</option>
            ))}
          </optgroup>
        ))}
      </Select>
    </Field>
  );
}
