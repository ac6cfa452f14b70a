import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { paneTheme } from '../../../src/taskpane/theme';

describe('paneTheme', () => {
  it('puts a Chinese font first', () => {
    expect(paneTheme(null).fontFamilyBase).toMatch(/^"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC"/u);
    expect(paneTheme(null).colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
  });

  it('in English puts a Latin font first (a CJK font first renders ’ full-width), keeping a Chinese one for plan titles', () => {
    expect(paneTheme(null, 'en-US').fontFamilyBase).toMatch(/^"Segoe UI".*"Microsoft YaHei"/u);
  });

  it('takes Office’s colours, dark under a dark Office theme', () => {
    const dark = paneTheme({ bodyBackground: '#262626', bodyForeground: '#FFFFFF', controlBackground: '#3A3A3A', controlForeground: '#FFFFFF' });
    expect([dark.colorNeutralBackground1, dark.colorNeutralForeground1, dark.colorBrandBackground]).toEqual(['#262626', '#FFFFFF', webDarkTheme.colorBrandBackground]);
    const light = paneTheme({ bodyBackground: '#F3F2F1', bodyForeground: '#201F1E', controlBackground: '#FFFFFF', controlForeground: '#201F1E' });
    expect([light.colorNeutralBackground1, light.colorBrandBackground]).toEqual(['#F3F2F1', webLightTheme.colorBrandBackground]);
  });

  it('ignores colours that are no #RRGGBB', () => {
    expect(paneTheme({ bodyBackground: 'blue', bodyForeground: '', controlBackground: '', controlForeground: '' }).colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
  });
});
