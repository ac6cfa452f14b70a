import type { LoadedCatalog } from '../catalog';
import { translateCarried, type Locale } from '../i18n';
import { DEFAULT_RULES } from './rules';
import { conceptRowId } from '../form';

/** Rule names as the locale tables word them ('rule.<id>'), for reports. */
export function ruleNames(locale: Locale): Record<string, string> {
  const ids = [...DEFAULT_RULES.map((rule) => rule.id), 'rule_error'];
  return Object.fromEntries(ids.map((id) => [id, translateCarried(locale, `rule.${id}`)]));
}

/** Indicator names by id and by merged concept-row id, for reports. */
export function indicatorNamesById(loaded: LoadedCatalog): Record<string, string> {
  const names: Record<string, string> = {};
  for (const plan of loaded.catalog.plans) {
    for (const indicator of plan.indicators) {
      names[indicator.id] = indicator.name;
      names[conceptRowId(indicator.concept)] ??= indicator.name;
    }
  }
  return names;
}
