import { FluentProvider, Title3, Body1, webLightTheme, type Theme } from '@fluentui/react-components';
import type { HostInfo } from './host';

/** Fluent v9's default font stack has no Chinese font: put one first. */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif',
};

export function App({ host }: { host: HostInfo }) {
  return (
    <FluentProvider theme={paneTheme} style={{ minHeight: '100%', padding: 12 }}>
      <Title3 as="h1">科技规划指标填报</Title3>
      <Body1 as="p">{host.kind === 'excel' ? '已连接 Excel。' : '浏览器模式：打开 .xlsx 文件进行填报与校验。'}</Body1>
    </FluentProvider>
  );
}
