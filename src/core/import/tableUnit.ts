import { findUnit } from '../units';
import { comparableText } from '../util/comparableText';

/** 单位：亿元 — alone on a line, after the caption, or in brackets: （单位：亿元）. */
const UNIT_NOTE = /(?:^|[\s(（])(?:计量)?单位[:：]\s*([^\s()（）:：]+)\s*[)）]?$/u;

/** The unit a table states for all its rows (表1 主要指标（单位：亿元）, 指标（单位：亿元）, a line 单位：亿元); undefined when none is known. */
export function tableUnitIn(text: string): string | undefined {
  const match = UNIT_NOTE.exec(text.trim());
  return match === null ? undefined : findUnit(comparableText(match[1] ?? ''))?.symbol;
}

/**
 * A line that only states the table's units (单位：亿元, 单位：亿元、%、件): not the caption. One unit is every
 * row's (tableUnitIn); a list of them is not, and each row's own unit stands.
 */
export function isUnitLine(text: string): boolean {
  return /^(?:计量)?单位[:：]/u.test(text.trim());
}

/** The caption without the unit printed after it in a cell of its own (表1 主要指标 单位：亿元 → 表1 主要指标). */
export function withoutUnitLine(caption: string): string {
  return caption.replace(/\s+(?:计量)?单位[:：]\s*\S+$/u, '').trim();
}
