/**
 * The worked examples of docs/attainment-method.md (kept in docs/attainment-examples.json, which the document cites):
 * each gives the status, 完成进度 and 序时进度 the document says, in the core and in the sheet's status formula.
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeAttainment, type AttainmentInput, type AttainmentStatus } from '../../../src/core/attainment';
import { buildModel } from '../../../src/core/attainment/model';
import { statusFormulaText } from '../../../src/core/attainment/statusFormula';
import { SHEET_STATUS_LABELS } from '../../../src/core/attainment';
import { evaluateFormula } from '../../support/core/attainment/formulaEvaluator';

interface Example {
  id: string;
  title: string;
  input: AttainmentInput;
  expected: { status: AttainmentStatus; completion: number | null; timeShare: number | null };
}

const docs = path.join(__dirname, '../../../docs');
const { examples } = JSON.parse(fs.readFileSync(path.join(docs, 'attainment-examples.json'), 'utf8')) as { examples: Example[] };
const method = fs.readFileSync(path.join(docs, 'attainment-method.md'), 'utf8');
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 1e4) / 1e4);

describe('docs/attainment-method.md worked examples', () => {
  it('are all cited in the document', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const example of examples) expect({ id: example.id, cited: method.includes(`\`${example.id}\``) }).toEqual({ id: example.id, cited: true });
  });

  it.each(examples.map((example) => [example.id, example] as const))('%s: the core gives what the document says', (_id, example) => {
    const result = computeAttainment(example.input);
    expect({ status: result.status, completion: rounded(result.completion), timeShare: rounded(result.timeShare) }).toEqual(example.expected);
  });

  it.each(examples.map((example) => [example.id, example] as const))('%s: the sheet’s status formula gives the same status', (_id, example) => {
    const { actual, previous, companion, ...modelInput } = example.input;
    const plan = buildModel(modelInput).plan;
    const formula = statusFormulaText(plan, { actual: 'A1', previous: { cell: 'B1', otherwise: null }, companion: 'C1' });
    const cells = { A1: typeof actual === 'number' ? actual : undefined, B1: previous ?? undefined, C1: companion ?? undefined };
    expect(evaluateFormula(formula, cells)).toBe(SHEET_STATUS_LABELS[example.expected.status]);
  });
});
