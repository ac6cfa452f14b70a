/**
 * What may be typed into an entry cell, in Excel's data-validation terms. Bounds come from the unit (a
 * share 0–100, a count a whole number ≥ 0, an amount ≥ 0) and the measure (a growth rate cannot fall below
 * −100 %); the prompt names the unit and the targets, so the person typing sees what is asked.
 */
import { countOrAnswerFormula } from '../attainment';
import { findUnit } from '../units';
import { isIncrementCumulative, isQualitative, relativeReference, takesCount } from './indicatorValues';
import { VALIDATION } from '../form';
import type { PlannedRow, TargetColumn } from './reportingPlan';
import type { DataValidation, ValidationOperator, ValidationType } from './types';

/** A validation without its range. */
export type EntryRule = Omit<DataValidation, 'ref'>;

export const CHOICES = ['是', '否'] as const;
export const EXPLANATION_MAX_LENGTH = 500;
export const FOOTER_MAX_LENGTH = 50;
/** Excel's limits on a validation's texts. */
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;
/** Bounds of "any number": Excel's decimal rule needs an operator and bounds. */
const ANY = 1e15;

function clip(text: string, limit: number): string {
  return [...text].length <= limit ? text : `${[...text].slice(0, limit - 1).join('')}…`;
}

function rule(type: ValidationType, operator: ValidationOperator | null, formulae: string[], prompt: string, error: string): EntryRule {
  return {
    type,
    operator,
    formulae,
    allowBlank: true,
    showInputMessage: true,
    promptTitle: clip(VALIDATION.promptTitle, TITLE_LIMIT),
    prompt: clip(prompt, MESSAGE_LIMIT),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: clip(VALIDATION.errorTitle, TITLE_LIMIT),
    error: clip(error, MESSAGE_LIMIT),
  };
}

function numberRule(row: PlannedRow, prompt: string): EntryRule {
  const unitText = row.unit === '' ? '—' : row.unit;
  if (row.measure === 'growth_rate') {
    return rule('decimal', 'greaterThanOrEqual', ['-100'], prompt, VALIDATION.errors.atLeast('-100', unitText));
  }
  const unit = findUnit(row.unit);
  if (unit !== undefined && unit.min !== null && unit.max !== null) {
    const [low, high] = [String(unit.min), String(unit.max)];
    return rule('decimal', 'between', [low, high], prompt, VALIDATION.errors.between(low, high, unitText));
  }
  if (unit !== undefined && unit.min !== null && unit.wholeInBase && unit.power === 0) {
    const low = String(unit.min);
    return rule('whole', 'greaterThanOrEqual', [low], prompt, VALIDATION.errors.atLeastWhole(low, unitText));
  }
  if (unit !== undefined && unit.min !== null) {
    const low = String(unit.min);
    return rule('decimal', 'greaterThanOrEqual', [low], prompt, VALIDATION.errors.atLeast(low, unitText));
  }
  return rule('decimal', 'between', [String(-ANY), String(ANY)], prompt, VALIDATION.errors.anyNumber);
}

function choiceRule(prompt: string): EntryRule {
  return { ...rule('list', null, [`"${CHOICES.join(',')}"`], prompt, VALIDATION.errors.choice), listValues: [...CHOICES] };
}

/**
 * The rule of a row's actual cells. A custom rule's formula depends on the cell: it has none until `anchoredRule`
 * writes it for the top-left cell of the block the rule covers.
 */
export function actualRule(row: PlannedRow, columns: TargetColumn[]): EntryRule {
  const parts: string[] = [VALIDATION.unit(row.unit)];
  if (row.kind === 'companion') {
    parts.push(VALIDATION.companion(row.indicator.name));
    return numberRule(row, parts.join('；'));
  }
  if (row.kind === 'part') {
    parts.push(VALIDATION.part(row.indicator.name));
    return numberRule(row, parts.join('；'));
  }
  row.goals.forEach((goal, index) => {
    const column = columns[index];
    if (goal === null || goal.text === '' || column === undefined) return;
    parts.push(VALIDATION.target(column.year, goal.text, column.planLabel));
  });
  // 每年实施 100 个…: the name often leaves 每年 out, and the year column alone reads as a one-off goal.
  if (row.kind === 'indicator' && row.indicator.perYear) parts.push(VALIDATION.perYear);
  // 零的突破 takes a count as well as 是/否 (decisions 0270, 0276): typed, with no dropdown, and stopped otherwise.
  if (takesCount(row.indicator)) {
    parts.push(VALIDATION.countOrAnswer);
    return rule('custom', null, [], parts.join('；'), VALIDATION.errors.countOrAnswer);
  }
  if (isQualitative(row.indicator)) {
    parts.push(VALIDATION.qualitative);
    return choiceRule(parts.join('；'));
  }
  if (isIncrementCumulative(row.indicator)) parts.push(VALIDATION.cumulative);
  const reference = relativeReference(row.indicator);
  if (reference !== null) parts.push(VALIDATION.relative(reference));
  return numberRule(row, parts.join('；'));
}

export function explanationRule(): EntryRule {
  return rule('textLength', 'lessThanOrEqual', [String(EXPLANATION_MAX_LENGTH)], VALIDATION.explanationPrompt,
    VALIDATION.errors.textLength(EXPLANATION_MAX_LENGTH));
}

export function footerRule(label: string): EntryRule {
  return rule('textLength', 'lessThanOrEqual', [String(FOOTER_MAX_LENGTH)], label + VALIDATION.footerPrompt,
    VALIDATION.errors.textLength(FOOTER_MAX_LENGTH));
}

/** `rule` over a block whose top-left cell is `cell` (A1): a custom rule gets its formula, written for that cell. */
export function anchoredRule(rule: EntryRule, cell: string): EntryRule {
  return rule.type === 'custom' ? { ...rule, formulae: [countOrAnswerFormula(cell)] } : rule;
}

/**
 * The validations as the generator wrote them before decision 0276, when a 零的突破 row's cells had the 是/否 list
 * (stop style) as every qualitative row: a return made then is that form, unchanged. Null when the form has no such
 * cells. Only type and formulae matter to the comparison (form.validation_changed); the texts are today's.
 */
export function validationsBeforeCounts(validations: readonly DataValidation[]): DataValidation[] | null {
  if (!validations.some((validation) => validation.type === 'custom')) return null;
  return validations.map((validation) => (validation.type === 'custom' ? { ...validation, ...choiceRule(validation.prompt), ref: validation.ref } : validation));
}

/** Two rules are one when everything but the range is the same. */
export function sameRule(a: EntryRule, b: EntryRule): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
