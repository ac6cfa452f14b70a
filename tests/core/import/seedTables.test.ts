import { loadPlanFile, type Indicator, type PlanCatalog, type PlanTable } from '../../../src/core/catalog';
import { importToCatalogYaml, recogniseIndicatorTable, type ImportResult } from '../../../src/core/import';
import type { ParsedNotation } from '../../../src/core/notation';
import { realCatalog } from '../../support/catalog';
import { allSeedTables, type SeedTable } from '../../support/seedTables';
import { squeeze } from '../../support/seeds';
import { pastedSeedTable } from '../../support/pastedSeedTable';

/**
 * The tables of the plan documents, pasted as a person would paste them, read back: the recogniser must find
 * what the catalog records for those tables — names, units, marks, every value as printed and as parsed,
 * categories, 序号, 责任部门, 是否完成, 其中 parents, the 注 lines.
 */
const { catalog } = realCatalog();
const fold = (text: string) => squeeze(text.normalize('NFKC'));
const tables = allSeedTables();

interface Case {
  table: SeedTable;
  plan: PlanCatalog;
  printed: PlanTable;
  expected: Indicator[];
  result: ImportResult;
}

function caseOf(table: SeedTable): Case {
  const plan = catalog.plans.find(({ plan: p }) => p.seed === table.seed && p.lines[0] <= table.titleLine && table.titleLine <= p.lines[1]);
  const printed = plan?.plan.tables.find((t) => fold(t.title) === fold(table.title));
  if (!plan || !printed) throw new Error(`no catalog table for ${table.title}`);
  const expected = plan.indicators
    .filter((indicator) => indicator.source.kind === 'table' && indicator.source.table === printed.title)
    .sort((a, b) => a.source.line - b.source.line);
  const result = recogniseIndicatorTable({ cells: pastedSeedTable(table, printed), concepts: catalog.concepts });
  return { table, plan, printed, expected, result };
}

const withoutRaw = ({ raw: _raw, ...rest }: ParsedNotation) => rest;

it('finds the five indicator tables of the plan documents', () => {
  expect(tables).toHaveLength(5);
});

describe.each(tables.map((table) => [table.title, caseOf(table)] as const))('pasted %s', (_title, { plan, printed, expected, result }) => {
  it('finds the header and every row, without a problem', () => {
    expect(result.problems).toEqual([]);
    expect(fold(result.caption?.text ?? '')).toBe(fold(printed.title));
    expect(result.indicators).toHaveLength(expected.length);
  });

  it('reads names, units and marks as the catalog records them', () => {
    expect(result.indicators.map((i) => [i.name, i.unit, i.marks])).toEqual(expected.map((i) => [i.name, i.unit, i.marks]));
  });

  it('reads every value cell: the text as printed, parsed as the catalog parses it', () => {
    const misses: string[] = [];
    result.indicators.forEach((indicator, index) => {
      const recorded = expected[index]!;
      for (const value of indicator.values) {
        const match = recorded.values.find((v) => v.year === value.year && v.role === value.role && v.raw === value.raw);
        if (!match) misses.push(`${recorded.id} ${value.year} ${value.role} "${value.raw}"`);
        else if (value.parsed === null || JSON.stringify(withoutRaw(value.parsed)) !== JSON.stringify(withoutRaw(match.parsed))) {
          misses.push(`${recorded.id} ${value.year} ${value.role} parsed differently`);
        }
      }
    });
    expect(misses).toEqual([]);
  });

  it('carries categories down, and reads 序号, 责任部门, 是否完成 and 其中 parents', () => {
    const keyToId = new Map(result.indicators.map((indicator, index) => [indicator.key, expected[index]?.id]));
    expect(result.indicators.map((i) => [i.category, i.seq, i.responsible, i.completed, i.parent === undefined ? undefined : keyToId.get(i.parent)]))
      .toEqual(expected.map((i) => [i.category, i.seq, i.responsible, i.completed?.raw, i.parent]));
  });

  it('keeps the 注 lines under the table verbatim', () => {
    expect(result.notes.map((note) => note.text)).toEqual(printed.notes.map((note) => note.text));
  });

  it('links a concept only where the name is the concept’s name, and then the catalog’s concept', () => {
    result.indicators.forEach((indicator, index) => {
      const recorded = expected[index]!;
      const named = catalog.concepts.find((concept) => fold(concept.name) === fold(indicator.name));
      expect([indicator.name, indicator.concept]).toEqual([indicator.name, named === undefined ? undefined : recorded.concept]);
    });
  });

  it('writes a catalog file that loads without a problem, with the rows and values it read', () => {
    const yaml = importToCatalogYaml(result, { id: `import-${plan.plan.id}`, workbook: '规划指标.xlsx#Sheet1', region: plan.plan.region, level: plan.plan.level });
    const loaded = loadPlanFile('import.yaml', yaml);
    expect(loaded.problems).toEqual([]);
    const indicators = loaded.catalog?.indicators ?? [];
    expect(indicators.map((i) => [i.name, i.unit, i.category, i.values.map((v) => `${v.year} ${v.role} ${v.raw}`)]))
      .toEqual(expected.map((i) => [i.name, i.unit, i.category, result.indicators[expected.indexOf(i)]!.values.map((v) => `${v.year} ${v.role} ${v.raw}`)]));
    expect(loaded.catalog?.plan.tables[0]?.notes.map((note) => note.text)).toEqual(printed.notes.map((note) => note.text));
  });
});

it('links the plans’ most common indicators to the shared concepts', () => {
  const linked = tables.map(caseOf).flatMap(({ result }) => result.indicators.filter((i) => i.concept !== undefined));
  expect(linked.map((i) => i.concept)).toEqual(expect.arrayContaining(['rd_gdp_share', 'hightech_enterprises', 'tech_market_turnover']));
});
