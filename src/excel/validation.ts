/**
 * A layout's data validation in office-js terms (ExcelApi 1.8): Range.dataValidation takes a rule with one
 * of decimal / wholeNumber / textLength (BasicDataValidation: operator, formula1, formula2), list (source,
 * comma-separated, without the quotes a file's formula carries) or custom (a formula with its '=', relative to the
 * range's top-left cell), an error alert and a prompt.
 */
import type { DataValidation, ValidationOperator } from '../core/layout';

const OPERATOR: Record<ValidationOperator, Excel.BasicDataValidation['operator']> = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
};

/** A bound as office-js takes it: a number when it is one, else a formula with its '='. */
function operand(formula: string): string | number {
  const number = Number(formula);
  return formula.trim() !== '' && Number.isFinite(number) ? number : `=${formula}`;
}

/** The list's items: `listValues`, else the formula '"是,否"' unquoted. */
function listSource(validation: DataValidation): string {
  if (validation.listValues !== undefined) return validation.listValues.join(',');
  const formula = validation.formulae[0] ?? '';
  return /^".*"$/su.test(formula) ? formula.slice(1, -1).replace(/""/gu, '"') : `=${formula}`;
}

function basic(validation: DataValidation): Excel.BasicDataValidation {
  const [first = '0', second] = validation.formulae;
  return {
    operator: OPERATOR[validation.operator ?? 'between'],
    formula1: operand(first),
    ...(second === undefined ? {} : { formula2: operand(second) }),
  };
}

export function validationRule(validation: DataValidation): Excel.DataValidationRule {
  switch (validation.type) {
    case 'list':
      return { list: { inCellDropDown: true, source: listSource(validation) } };
    case 'decimal':
      return { decimal: basic(validation) };
    case 'whole':
      return { wholeNumber: basic(validation) };
    case 'textLength':
      return { textLength: basic(validation) };
    case 'custom': {
      // The layout anchors every custom rule (anchoredRule): one without its formula would admit anything.
      const [formula] = validation.formulae;
      if (formula === undefined) throw new Error(`custom validation over ${validation.ref} without a formula`);
      return { custom: { formula: `=${formula}` } };
    }
  }
}

export interface ValidationSettings {
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
}

export function validationSettings(validation: DataValidation): ValidationSettings {
  return {
    rule: validationRule(validation),
    ignoreBlanks: validation.allowBlank,
    prompt: { showPrompt: validation.showInputMessage, title: validation.promptTitle, message: validation.prompt },
    // Always a stop: a validation that lets the value in is no check (office-notes.md).
    errorAlert: { showAlert: true, style: 'Stop', title: validation.errorTitle, message: validation.error },
  };
}

/** Queues the validation on `range`; four actions. */
export function applyValidation(range: Excel.Range, settings: ValidationSettings): void {
  const target = range.dataValidation;
  target.rule = settings.rule;
  target.ignoreBlanks = settings.ignoreBlanks;
  target.prompt = settings.prompt;
  target.errorAlert = settings.errorAlert;
}
