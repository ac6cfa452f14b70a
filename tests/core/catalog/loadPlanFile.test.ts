import { loadConceptsFile, loadPlanFile } from '../../../src/core/catalog';

const valid = `
plan:
  id: test-plan
  title: 测试规划
  region: { name: 绍兴市越城区, code: "330602" }
  level: district
  period: { start: 2021, end: 2025 }
  seed: 000_a222a07a7ccce3a9.txt
  lines: [1, 100]
  tables:
    - { title: 表1 主要指标, line: 10, columns: [序号, 指标名称, 2020年, 2025年], notes: [{ text: 注：标▲为预计数。, line: 30 }] }
indicators:
  - id: test-plan.hightech
    concept: hightech_enterprises
    name: 高新技术企业数
    unit: 家
    seq: "1"
    values:
      - { year: 2020, role: baseline, raw: "344" }
      - { year: 2025, role: target, raw: 650家以上 }
    source: { seed: 000_a222a07a7ccce3a9.txt, line: 12, kind: table, table: 表1 主要指标 }
  - id: test-plan.hightech-sub
    concept: hightech_enterprises
    name: 其中：新增
    unit: 万家
    parent: test-plan.hightech
    values:
      - { year: 2025, role: target, raw: "2.2" }
    source: { seed: 000_a222a07a7ccce3a9.txt, line: 13, kind: table, table: 表1 主要指标 }
`;

describe('loadPlanFile', () => {
  it('loads a valid file, parsing every value and filling defaults', () => {
    const { catalog, problems } = loadPlanFile('test.yaml', valid);
    expect(problems).toEqual([]);
    const [hightech, sub] = catalog!.indicators;
    expect(hightech).toMatchObject({ planId: 'test-plan', direction: 'higher', path: 'linear', aggregation: { kind: 'sum' }, measure: 'amount', marks: [] });
    expect(hightech!.values[1]!.parsed).toMatchObject({ kind: 'min', value: 650, unit: '家' });
    expect(sub!.parent).toBe('test-plan.hightech');
    expect(catalog!.plan.horizon).toBe(2025);
    expect(catalog!.plan.tables[0]!.notes[0]!.text).toBe('注：标▲为预计数。');
  });

  it('reads the same document written as JSON', () => {
    const json = JSON.stringify({
      plan: { id: 'j', title: 'J', region: { name: 'R', code: '330000' }, level: 'province', period: { start: 2021, end: 2025 }, seed: '000_a222a07a7ccce3a9.txt', lines: [1, 2] },
      indicators: [{ id: 'j.a', concept: 'c', name: '甲', unit: '%', values: [{ year: 2025, role: 'target', raw: '3.5' }], source: { seed: '000_a222a07a7ccce3a9.txt', line: 1, kind: 'prose' } }],
    });
    const result = loadPlanFile('j.json', json);
    expect(result.problems).toEqual([]);
    expect(result.catalog!.indicators[0]!.measure).toBe('share');
  });

  it('reports every problem of a broken file at once, each with the file, the JSON path and the line', () => {
    const broken = valid
      .replace('level: district', 'level: township')
      .replace('code: "330602"', 'code: "33060"')
      .replace('      - { year: 2020, role: baseline, raw: "344" }', '      - { year: 2020, role: base, raw: "344" }')
      .replace('    unit: 家\n', '    unit: 家\n    colour: red\n');
    const { catalog, problems } = loadPlanFile('catalog/broken.yaml', broken);
    expect(catalog).toBeUndefined();
    const found = problems.map((p) => `${p.file}:${p.line} ${p.path}`);
    expect(found).toEqual(expect.arrayContaining([
      'catalog/broken.yaml:6 /plan/level',
      'catalog/broken.yaml:5 /plan/region/code',
      'catalog/broken.yaml:17 /indicators/0/colour',
      'catalog/broken.yaml:20 /indicators/0/values/0/role',
    ]));
    expect(problems.every((p) => p.code === 'catalog.schema' && p.detail.length > 0)).toBe(true);
    // What a person reads is a message of the tables, with the field named as data.
    const reasons = Object.fromEntries(problems.map((p) => [p.path, p.reason]));
    expect(reasons['/indicators/0/colour']).toEqual({ code: 'catalog.reason.schema.unknown_field', params: { field: 'colour' } });
    expect(reasons['/plan/level']?.code).toBe('catalog.reason.schema.enum');
    expect(reasons['/plan/level']?.params['allowed']).toContain('"district"');
  });

  it('reports values the notation grammar cannot read, units it does not know and broken references', () => {
    const broken = valid
      .replace('raw: 650家以上', 'raw: 650家企业')
      .replace('unit: 万家', 'unit: 万磅')
      .replace('parent: test-plan.hightech', 'parent: test-plan.nothing')
      .replace('table: 表1 主要指标 }\n  - id', 'table: 表2 }\n  - id')
      .replace('id: test-plan.hightech-sub', 'id: test-plan.hightech');
    const { problems } = loadPlanFile('b.yaml', broken);
    const codes = problems.map((p) => `${p.code} ${p.path}`);
    expect(codes).toEqual(expect.arrayContaining([
      'catalog.unreadable_value /indicators/0/values/1/raw',
      'catalog.unknown_unit /indicators/1/unit',
      'catalog.unknown_parent /indicators/1/parent',
      'catalog.unknown_table /indicators/0/source/table',
      'catalog.duplicate_id /indicators/1/id',
    ]));
    expect(problems.find((p) => p.code === 'catalog.unreadable_value')?.detail).toContain('650家企业');
    expect(problems.map((p) => p.reason)).toEqual(expect.arrayContaining([
      { code: 'catalog.reason.unreadable_value', params: { raw: '650家企业' } },
      { code: 'catalog.reason.unknown_unit', params: { unit: '万磅' } },
      { code: 'catalog.reason.unknown_parent', params: { parent: 'test-plan.nothing' } },
      { code: 'catalog.reason.unknown_table', params: { table: '表2' } },
    ]));
  });

  it('reports a value printed in a unit of another dimension', () => {
    const { problems } = loadPlanFile('u.yaml', valid.replace('raw: 650家以上', 'raw: 650亿元'));
    expect(problems).toEqual([expect.objectContaining({ code: 'catalog.unknown_unit', path: '/indicators/0/values/1/raw' })]);
  });

  it('reports YAML syntax errors with their line instead of throwing', () => {
    const { problems } = loadPlanFile('s.yaml', 'plan:\n  id: [unclosed\nindicators: []\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 's.yaml', code: 'catalog.syntax' });
    expect(problems[0]!.line).toBeGreaterThan(0);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', 'null', '[]', '42', '{plan: 1}', '\u0000', 'a: b: c', '{"plan": {"id": "x"}, "indicators": [null]}']) {
      expect(() => loadPlanFile('x.yaml', text)).not.toThrow();
      expect(loadPlanFile('x.yaml', text).problems.length).toBeGreaterThan(0);
    }
  });
});

describe('loadConceptsFile', () => {
  it('reports duplicate concept ids', () => {
    const { problems } = loadConceptsFile('c.yaml', 'concepts:\n  - { id: a, name: 甲, unit: "%" }\n  - { id: a, name: 乙, unit: 家 }\n');
    expect(problems).toEqual([expect.objectContaining({ code: 'catalog.duplicate_id', path: '/concepts/1/id', line: 3 })]);
  });
});
