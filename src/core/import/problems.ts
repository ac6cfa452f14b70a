import type { MessageParams } from '../i18n';
import { a1 } from '../form';
import type { ImportProblem, ImportProblemCode } from './types';

/** Collects problems with the sheet address of their cell, so the task pane can link to it. */
export class ProblemLog {
  readonly items: ImportProblem[] = [];
  constructor(private readonly origin: { row: number; column: number }) {}

  /** The A1 address on the sheet of a cell of the selection. */
  address(row: number, column: number): string {
    return a1(this.origin.row + row, this.origin.column + column);
  }

  at(code: ImportProblemCode, row: number, column: number, params: MessageParams = {}): void {
    const cell = this.address(row, column);
    this.items.push({ code, row, column, cell, params: { cell, ...params } });
  }

  add(code: ImportProblemCode, params: MessageParams = {}): void {
    this.items.push({ code, params });
  }
}
