import type { MessageParams } from '../i18n';
import { a1 } from '../form';
import type { ImportProblem, ImportProblemCode } from './types';

/** Collects problems with the sheet address of their cell, so the task pane can link to it. */
export class ProblemLog {
  readonly items: ImportProblem[] = [];
  /** place: where a cell of the table as read stands in the selection, when the table was turned (tableAcross). */
  constructor(
    private readonly origin: { row: number; column: number },
    private readonly place: (row: number, column: number) => { row: number; column: number } = (row, column) => ({ row, column }),
  ) {}

  /** The A1 address on the sheet of a cell of the table as read. */
  address(row: number, column: number): string {
    const at = this.place(row, column);
    return a1(this.origin.row + at.row, this.origin.column + at.column);
  }

  at(code: ImportProblemCode, row: number, column: number, params: MessageParams = {}): void {
    const cell = this.address(row, column);
    this.items.push({ code, row, column, cell, params: { cell, ...params } });
  }

  add(code: ImportProblemCode, params: MessageParams = {}): void {
    this.items.push({ code, params });
  }
}
