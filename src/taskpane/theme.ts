/**
 * Fluent's web theme with a Chinese font first (v9's default stack has none) and, inside Office, Office's own
 * background and text colours (a dark Office theme gets Fluent's dark theme under them).
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { OfficeThemeColours } from './host';

export const PANE_FONT = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Segoe UI", sans-serif';
/** In English a Latin font comes first: with a CJK font first, ’ and “ ” render full-width. Chinese plan titles still find a CJK font. */
const PANE_FONT_LATIN = '"Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", "DejaVu Sans", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/** Relative luminance of #RRGGBB (0 black … 1 white); null when the text is no such colour. */
function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex.trim());
  if (match === null) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => parseInt(part ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function paneTheme(office: OfficeThemeColours | null, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Theme {
  const dark = office !== null && (luminance(office.bodyBackground) ?? 1) < 0.5;
  const base = dark ? webDarkTheme : webLightTheme;
  const theme: Theme = { ...base, fontFamilyBase: locale === 'en-US' ? PANE_FONT_LATIN : PANE_FONT };
  if (office === null || luminance(office.bodyBackground) === null || luminance(office.bodyForeground) === null) return theme;
  return {
    ...theme,
    colorNeutralBackground1: office.bodyBackground,
    colorNeutralForeground1: office.bodyForeground,
  };
}
