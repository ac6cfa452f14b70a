import { comparableText } from '../../util/comparableText';

/** What people type for a qualitative target (是否已实现), compared after NFKC and lower-casing. */
const ACHIEVED = ['是', '达到', '已达到', '达标', '已达标', '实现', '已实现', '完成', '已完成', 'y', 'yes', '√', '✓', '✔'];
const NOT_ACHIEVED = ['否', '未达到', '没有达到', '未达标', '未实现', '没有实现', '未完成', '没有完成', 'n', 'no', '×', '✗', '✘'];

/** true for 是 / 达到 / Y…, false for 否 / 未达到 / N…, null for anything else. */
export function readAnswer(text: string): boolean | null {
  const key = comparableText(text).toLowerCase();
  if (ACHIEVED.includes(key)) return true;
  if (NOT_ACHIEVED.includes(key)) return false;
  return null;
}
