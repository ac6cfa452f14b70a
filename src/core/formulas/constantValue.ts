import { tokenizeFormula, type FormulaToken } from './tokenize';

/**
 * The value of a formula that is plain arithmetic over number literals (`=300`, `=120+530`, `=(2.5+3)*10%`),
 * or null when it refers to cells, calls a function, uses text or divides by zero. Precedence as in Excel:
 * unary minus, %, ^, * and /, + and -.
 */
export function constantValue(formula: string): number | null {
  const tokens = tokenizeFormula(formula.trimStart()).filter((token) => token.kind !== 'space');
  const parser = new ConstantParser(tokens);
  const value = parser.sum();
  return value !== null && parser.done() && Number.isFinite(value) ? value : null;
}

class ConstantParser {
  private at = 0;

  constructor(private readonly tokens: readonly FormulaToken[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  private peekOperator(...texts: string[]): string | null {
    const token = this.tokens[this.at];
    return token?.kind === 'operator' && texts.includes(token.text) ? token.text : null;
  }

  sum(): number | null {
    let value = this.product();
    for (let op = this.peekOperator('+', '-'); op !== null && value !== null; op = this.peekOperator('+', '-')) {
      this.at++;
      const right = this.product();
      value = right === null ? null : op === '+' ? value + right : value - right;
    }
    return value;
  }

  private product(): number | null {
    let value = this.power();
    for (let op = this.peekOperator('*', '/'); op !== null && value !== null; op = this.peekOperator('*', '/')) {
      this.at++;
      const right = this.power();
      value = right === null || (op === '/' && right === 0) ? null : op === '*' ? value * right : value / right;
    }
    return value;
  }

  private power(): number | null {
    let value = this.unary();
    while (value !== null && this.peekOperator('^') !== null) {
      this.at++;
      const right = this.unary();
      value = right === null ? null : value ** right;
    }
    return value;
  }

  private unary(): number | null {
    const sign = this.peekOperator('-', '+');
    if (sign !== null) {
      this.at++;
      const value = this.unary();
      return value === null ? null : sign === '-' ? -value : value;
    }
    let value = this.primary();
    while (value !== null && this.peekOperator('%') !== null) {
      this.at++;
      value /= 100;
    }
    return value;
  }

  private primary(): number | null {
    const token = this.tokens[this.at];
    if (token?.kind === 'number') {
      this.at++;
      return Number(token.text);
    }
    if (token?.kind !== 'open') return null;
    this.at++;
    const value = this.sum();
    if (this.tokens[this.at]?.kind !== 'close') return null;
    this.at++;
    return value;
  }
}
