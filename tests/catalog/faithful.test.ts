import type { Indicator, PlanCatalog } from '../../src/core/catalog';
import { loadCatalogFiles } from '../../src/cli/catalogFiles';
import { allSeedTables, type SeedRow, type SeedTable } from '../support/seedTables';
import { beginsOn, occursNear, printedWhole, quoteTakesIn, seedFiles, seedLines, sentenceYears, squeeze, yearsPrintedNear } from '../support/seeds';

/**
 * The catalog against the plan documents, read at test time: every raw text is printed where the catalog says,
 * every row of every table in the seeds is in the catalog with its cells, and nothing else claims to be a table row.
 */
const { catalog, problems } = loadCatalogFiles();
const plans = catalog.plans;
const tables = allSeedTables();
const fold = (text: string) => squeeze(text.normalize('NFKC'));

/** Whether a line of a seed lies in one of its indicator tables, whose cells the seed-table tests below check. */
function inSeedTable(seed: string, line: number): boolean {
  return tables.some((table) => table.seed === seed && table.titleLine <= line && line <= (table.rows.at(-1)?.values.at(-1)?.line ?? table.titleLine) + 2);
}

/** Values the catalog took from prose or footnotes (every value of a prose indicator, a table row's values from elsewhere). */
function valuesOutsideTables(seed: string, indicator: Indicator): Indicator['values'] {
  return indicator.values.filter((value) => value.raw !== '' && !inSeedTable(seed, value.line ?? indicator.source.line));
}

/** A phrase the catalog quotes: a prose indicator's, or a value's the text prints on a table's indicator (its own quote and section). */
interface QuotedPhrase {
  id: string;
  source: { line: number; quote?: string | undefined; section?: string | undefined };
}

/** The values that carry their own phrase (嵊州's prose 3.2%左右 on the table's R&D row), as phrases to hold to the seed. */
function quotedValues(indicators: readonly Indicator[]): QuotedPhrase[] {
  return indicators.flatMap((indicator) => indicator.values.filter((value) => value.quote !== undefined || value.section !== undefined)
    .map((value) => ({ id: `${indicator.id} ${value.year} ${value.raw}`, source: { line: value.line ?? indicator.source.line, quote: value.quote, section: value.section } })));
}

/** The year a plan implies where a sentence names none: its end year for a goal ("十四五"期间), the year before it for a baseline ("十三五"末). */
function impliedYear(plan: PlanCatalog['plan'], role: string): number {
  return role === 'baseline' || role === 'actual' ? plan.period.start - 1 : plan.period.end;
}

/** How a footnote names a region: 全省 in a Zhejiang document is 浙江. */
const REGION_WORDS: Record<string, string> = { 全省: '浙江' };

/**
 * The region a footnote's clause gives a number to: the last region named before it in its clause, or, in
 * "浙江、绍兴指标值分别为18.1件、15.9件", the region in the same place of the list as the number.
 */
function regionsPrintedFor(seed: string, raw: string, line: number, regions: string[]): string[] {
  const text = squeeze(seedLines(seed).slice(line - 1, line).join('').normalize('NFKC'));
  const words = [...regions, ...Object.keys(REGION_WORDS)];
  const found: string[] = [];
  const number = squeeze(raw.normalize('NFKC'));
  for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
    const clause = text.slice(0, at).split(/[[\];。]/u).at(-1) ?? '';
    const named = words.flatMap((word) => [...clause.matchAll(new RegExp(word, 'gu'))].map((m) => ({ word, index: m.index })))
      .sort((a, b) => a.index - b.index).map(({ word }) => REGION_WORDS[word] ?? word);
    const respectively = /分别为?(.*)$/u.exec(clause);
    const place = respectively ? respectively[1]!.split('、').length - 1 : -1;
    const region = place >= 0 && named.length > place ? named[place] : named.at(-1);
    if (region !== undefined) found.push(region);
  }
  return found;
}

function printedName(indicator: Indicator): string {
  return fold(`${indicator.name}${indicator.unit === '' ? '' : `（${indicator.unit}）`}${indicator.marks.join('')}`);
}

/** A unit without its power-of-ten word: 万人 → 人, 亿元 → 元 (a value may print 6039 人 for a row counted in 万人). */
const baseUnit = (unit: string) => unit.normalize('NFKC').replace(/^[十百千万亿]+/u, '');

/**
 * A name cut into the longest pieces its sentence prints, from the left: 新引进培育省级创新创业团队 is 新引进培育 | 省级 |
 * 创新创业团队. A piece of one character (or one the sentence does not print) is a character changed or made up.
 */
function printedWords(name: string, sentence: string): string[] {
  const words: string[] = [];
  for (let rest = name; rest.length > 0;) {
    let length = rest.length;
    while (length > 1 && !sentence.includes(rest.slice(0, length))) length -= 1;
    words.push(rest.slice(0, length));
    rest = rest.slice(length);
  }
  return words;
}

/** Words a name composed from its sentence adds: 进入全国前10%的学科, 全国排名, a bracket naming the scope. */
const JOINING = /[的（）()]|排名/gu;

function planOfTable(table: SeedTable): PlanCatalog | undefined {
  return plans.find(({ plan }) => plan.seed === table.seed && plan.lines[0] <= table.titleLine && table.titleLine <= plan.lines[1]);
}

function rowIndicator(plan: PlanCatalog, row: SeedRow): Indicator | undefined {
  return plan.indicators.find((indicator) =>
    indicator.source.kind === 'table' && Math.abs(indicator.source.line - row.line) <= 2 && printedName(indicator) === fold(row.name),
  );
}

/** Year and role of a value column: the first year column of a plan table is its baseline, later ones targets. */
function columnRoles(table: SeedTable): Array<{ year: number; role: string }> {
  return table.valueColumns.map((header, index) => {
    const year = Number(/(\d{4})/u.exec(header)?.[1]);
    if (header.includes('实绩')) return { year, role: 'actual' };
    if (header.includes('规划目标')) return { year, role: 'target' };
    return { year, role: index === 0 ? 'baseline' : 'target' };
  });
}

describe('the catalog', () => {
  it('loads and lints without a problem', () => {
    expect(problems).toEqual([]);
  });

  it('finds in the seeds every table the catalog records (else the row-by-row checks below would not run for it)', () => {
    const found = new Set(tables.map((table) => `${table.seed} ${fold(table.title)}`));
    const recorded = plans.flatMap(({ plan }) => plan.tables.map((table) => `${plan.seed} ${fold(table.title)}`));
    expect(recorded.filter((table) => !found.has(table))).toEqual([]);
    expect(tables.every((table) => table.rows.length > 0)).toBe(true);
  });

  it('holds the twelve plan documents of the seeds', () => {
    expect(plans).toHaveLength(12);
    expect(new Set(plans.map(({ plan }) => plan.seed))).toEqual(new Set(seedFiles()));
  });

  describe.each(plans.map((p) => [p.plan.id, p]))('%s', (_id, { plan, indicators, rules }) => {
    it('prints every raw value within two lines of its recorded line', () => {
      const misses = indicators.flatMap((indicator) =>
        indicator.values
          // A cell the extraction broke over more lines than that (增速高于 / 固定资产 / 投资增速) is read from where it begins.
          .filter((value) => value.raw !== '' && !occursNear(plan.seed, value.raw, value.line ?? indicator.source.line)
            && !beginsOn(plan.seed, value.raw, value.line ?? indicator.source.line))
          .map((value) => `${indicator.id} ${value.year} ${value.role} "${value.raw}" @${value.line ?? indicator.source.line}`),
      );
      expect(misses).toEqual([]);
    });

    it('prints every table note, 是否完成 cell, quoted phrase and cross-indicator rule where recorded', () => {
      const misses = [
        ...plan.tables.flatMap((table) => [
          ...(occursNear(plan.seed, table.title, table.line) ? [] : [`table ${table.title}`]),
          ...table.notes.filter((note) => !occursNear(plan.seed, note.text, note.line)).map((note) => `note ${note.text}`),
        ]),
        ...indicators.filter((i) => i.completed && !occursNear(plan.seed, i.completed.raw, i.completed.line ?? i.source.line)).map((i) => `completed ${i.id}`),
        ...rules.filter((rule) => !occursNear(plan.seed, rule.raw, rule.source.line, 4)).map((rule) => `rule ${rule.id}`),
        ...[...indicators, ...quotedValues(indicators)].filter((i) => i.source.quote && !occursNear(plan.seed, i.source.quote.replace(/\[footnoteRef:\d+\]/gu, ''), i.source.line, 4)
          && !occursNear(plan.seed, i.source.quote, i.source.line, 4)).map((i) => `quote ${i.id}`),
      ];
      expect(misses).toEqual([]);
    });

    it('prints every prose value whole: no 以上, 左右, 超, 万 or digit beside it dropped', () => {
      const cut = indicators.flatMap((indicator) => valuesOutsideTables(plan.seed, indicator)
        .filter((value) => !printedWhole(plan.seed, value.raw, value.line ?? indicator.source.line))
        .map((value) => `${indicator.id} ${value.year} ${value.role} "${value.raw}" @${value.line ?? indicator.source.line}`));
      expect(cut).toEqual([]);
    });

    it('dates every prose value by a year printed before it, the year the plan implies, or one its note explains', () => {
      const undated = indicators.flatMap((indicator) => valuesOutsideTables(plan.seed, indicator)
        .filter((value) => value.year !== impliedYear(plan, value.role)
          && !yearsPrintedNear(plan.seed, value.line ?? indicator.source.line).has(value.year)
          && !`${value.note ?? ''} ${indicator.note ?? ''}`.includes(String(value.year)))
        .map((value) => `${indicator.id} ${value.year} ${value.role} "${value.raw}" @${value.line ?? indicator.source.line}`));
      expect(undated).toEqual([]);
    });

    it('dates a prose or footnote value by the year its own sentence prints before it, where it prints one', () => {
      const misdated = indicators.flatMap((indicator) => valuesOutsideTables(plan.seed, indicator)
        .filter((value) => {
          const years = sentenceYears(plan.seed, value.raw, value.line ?? indicator.source.line);
          return !years.has(null) && !years.has(value.year);
        })
        .map((value) => `${indicator.id} ${value.year} ${value.role} "${value.raw}": ${[...sentenceYears(plan.seed, value.raw, value.line ?? indicator.source.line)].join('/')}`));
      expect(misdated).toEqual([]);
    });

    it('dates prose goals within the plan and prose baselines at or before its start', () => {
      const misplaced = indicators.flatMap((indicator) => valuesOutsideTables(plan.seed, indicator)
        .filter((value) => ((value.role === 'target' || value.role === 'planned') && value.year < plan.period.start)
          || (value.role === 'baseline' && value.year > plan.period.start))
        .map((value) => `${indicator.id} ${value.year} ${value.role} "${value.raw}"`));
      expect(misplaced).toEqual([]);
    });

    it('gives every prose indicator the unit its values or its sentence print', () => {
      const near = (line: number) => squeeze(seedLines(plan.seed).slice(Math.max(0, line - 3), line + 2).join('').normalize('NFKC'));
      const unprinted = indicators
        .filter((indicator) => indicator.source.kind !== 'table' && indicator.unit !== '' && indicator.values.length > 0)
        .filter((indicator) => !indicator.values.some((value) => value.parsed.unit !== null && indicator.unit.startsWith(value.parsed.unit))
          && ![indicator.source.line, ...indicator.values.map((value) => value.line ?? indicator.source.line)]
            .some((line) => near(line).includes(fold(indicator.unit))))
        .map((indicator) => `${indicator.id} ${indicator.unit} ${JSON.stringify(indicator.values.map((value) => value.raw))}`);
      expect(unprinted).toEqual([]);
    });

    it('marks a target the text or a table row\'s name sets 每年 or 年均 as per year, and no other', () => {
      const window = (line: number) => squeeze(seedLines(plan.seed).slice(Math.max(0, line - 3), line + 2).join(''));
      const yearly = /每年|年均/u;
      const wrong = indicators.filter((indicator) => indicator.source.kind !== 'table' && indicator.values.some((v) => v.role === 'target'))
        .filter((indicator) => (yearly.test(`${indicator.source.quote ?? ''}${indicator.name}`) && !indicator.perYear)
          || (indicator.perYear && !yearly.test(window(indicator.source.line)) && !/(?<!\d)年(?!\d)/u.test(indicator.name)))
        .map((indicator) => `${indicator.id} per_year ${indicator.perYear}`);
      expect(wrong).toEqual([]);
      // A table row is per year exactly when its name says so (每年引进35周岁以下大学生, 为经营主体减负年均金额).
      const rows = indicators.filter((indicator) => indicator.source.kind === 'table' && yearly.test(indicator.name) !== (indicator.perYear === true));
      expect(rows.map((indicator) => `${indicator.id} per_year ${indicator.perYear}`)).toEqual([]);
    });

    it('gives every footnote reference value to the region its clause names', () => {
      const regions = [...new Set(indicators.flatMap((i) => i.values.flatMap((v) => (v.region === undefined ? [] : [v.region]))))];
      const misattributed = indicators.flatMap((indicator) => indicator.values
        .filter((value) => value.role === 'reference' && value.region !== undefined)
        .filter((value) => {
          const named = regionsPrintedFor(plan.seed, value.raw, value.line ?? indicator.source.line, regions);
          // A clause that names no region speaks of the plan's own (至2020年底…累计引进各类外国人才25万人次 in a Zhejiang plan).
          return !named.includes(value.region!) && !(named.length === 0 && plan.region.name.startsWith(value.region!));
        })
        .map((value) => `${indicator.id} ${value.year} "${value.raw}" ${value.region}: ${regionsPrintedFor(plan.seed, value.raw, value.line ?? indicator.source.line, regions).join('/')}`));
      expect(misattributed).toEqual([]);
    });

    it('records every value, caption, 注 and 是否完成 on the line its text begins on (not a neighbouring row, a heading or a blank line)', () => {
      const elsewhere = indicators.flatMap((indicator) => indicator.values
        .filter((value) => value.raw !== '' && !beginsOn(plan.seed, value.raw, value.line ?? indicator.source.line))
        .map((value) => `${indicator.id} ${value.year} ${value.role} "${value.raw}" @${value.line ?? indicator.source.line}`));
      // So does every other printed text the catalog records: a table's caption and 注, a 是否完成 cell.
      const texts = [
        ...plan.tables.flatMap((table) => [{ what: `table ${table.title}`, text: table.title, line: table.line }, ...table.notes.map((note) => ({ what: `note ${note.text}`, text: note.text, line: note.line }))]),
        ...indicators.flatMap((i) => (i.completed === undefined ? [] : [{ what: `是否完成 ${i.id}`, text: i.completed.raw, line: i.completed.line ?? i.source.line }])),
      ];
      expect([...elsewhere, ...texts.filter(({ text, line }) => !beginsOn(plan.seed, text, line)).map(({ what, line }) => `${what} @${line}`)]).toEqual([]);
    });

    it('quotes for a value of its own a phrase that prints the value, with the section it is under', () => {
      const off = indicators.flatMap((indicator) => indicator.values.filter((value) => (value.quote !== undefined || value.section !== undefined)
        && (value.quote === undefined || value.section === undefined || !fold(value.quote).includes(fold(value.raw))))
        .map((value) => `${indicator.id} ${value.year} ${value.raw}: ${value.quote ?? '(no quote)'} / ${value.section ?? '(no section)'}`));
      expect(off).toEqual([]);
    });

    it('gives every prose indicator, quoted value and cross-indicator rule a source line its quoted phrase is printed on', () => {
      const off = [...indicators, ...rules, ...quotedValues(indicators)].filter((i) => i.source.quote !== undefined && !quoteTakesIn(plan.seed, i.source.quote, i.source.line))
        .map((i) => `${i.id} @${i.source.line}`);
      expect(off).toEqual([]);
    });

    it('names every prose indicator in words its sentence prints (no character changed, none made up)', () => {
      const renamed = indicators.filter((indicator) => indicator.source.kind !== 'table').flatMap((indicator) => {
        const line = indicator.source.line;
        const sentence = fold([indicator.source.quote ?? '', ...seedLines(plan.seed).slice(Math.max(0, line - 5), line + 4)].join(''));
        const words = printedWords(fold(indicator.name).replace(JOINING, ''), sentence);
        return words.every((word) => word.length >= 2) ? [] : [`${indicator.id} "${indicator.name}": ${words.join(' | ')}`];
      });
      expect(renamed).toEqual([]);
    });

    it('gives every indicator the unit its values print (a multiplier aside: 480 万 of 万人, 6039 人 of 万人)', () => {
      const mismatched = indicators.flatMap((indicator) => indicator.values
        .filter((value) => value.parsed.kind !== 'relative' && value.parsed.unit !== null)
        .filter((value) => {
          const printed = value.parsed.unit!.normalize('NFKC');
          const unit = indicator.unit.normalize('NFKC');
          return !(unit.startsWith(printed) || baseUnit(printed) === baseUnit(unit));
        })
        .map((value) => `${indicator.id} ${indicator.unit} "${value.raw}" (${value.parsed.unit})`));
      expect(mismatched).toEqual([]);
    });

    it('gives every reference value its region and says whether it is an actual or a target, as its clause does', () => {
      // 2027年目标是3.4%, 按照每年全省每年新增50家: a target; 2023年，浙江指标值为3.20%, 目前绍兴有129家: an actual.
      const clauseKinds = (raw: string, line: number) => {
        const text = fold(seedLines(plan.seed).slice(Math.max(0, line - 3), line + 2).join(''));
        const kinds = new Set<string>();
        for (let at = text.indexOf(fold(raw)); at >= 0; at = text.indexOf(fold(raw), at + 1)) {
          const parts = (text.slice(0, at).split(/[；;。]/u).at(-1) ?? '').split(/[，,]/u);
          kinds.add(/目前/u.test(parts.at(-1) ?? '') ? 'actual' : /目标|按照/u.test(parts.slice(-2).join('')) ? 'target' : 'actual');
        }
        return kinds;
      };
      // A reference names its region and what it is (a baseline moved to reference, or a reference's words lost, shows here).
      const misread = indicators.flatMap((indicator) => indicator.values
        .filter((value) => value.role === 'reference')
        .filter((value) => value.region === undefined || value.refersTo === undefined
          || !clauseKinds(value.raw, value.line ?? indicator.source.line).has(value.refersTo))
        .map((value) => `${indicator.id} ${value.year} "${value.raw}" ${value.refersTo}`));
      expect(misread).toEqual([]);
    });

    it('names as the section of every prose indicator and quoted value the chapter and section its line is printed under', () => {
      const lines = seedLines(plan.seed);
      const misplaced = [...indicators, ...quotedValues(indicators)].filter((indicator) => indicator.source.section !== undefined).filter((indicator) => {
        let chapter = '';
        let section = '';
        for (let line = plan.lines[0]; line <= indicator.source.line; line += 1) {
          // A heading's first line (a heading the extraction broke goes on on the next); 主要目标。到2025年… is 主要目标.
          const text = fold(lines[line - 1] ?? '').split('。')[0]!;
          if (/^[一二三四五六七八九十]+、/u.test(text)) [chapter, section] = [text, ''];
          else if (/^\([一二三四五六七八九十]+\)/u.test(text)) section = text;
        }
        const named = fold(indicator.source.section!);
        return !named.startsWith(chapter) || (section === '' ? named.slice(chapter.length).includes('(') : !named.includes(section));
      }).map((indicator) => `${indicator.id} @${indicator.source.line}: ${indicator.source.section}`);
      expect(misplaced).toEqual([]);
    });

    it('bears the title the plan prints at its head', () => {
      const head = fold(seedLines(plan.seed).slice(plan.lines[0] - 1, plan.lines[0] + 11).join('')).replace(/\[bookmark:[^\]]*\]/gu, '');
      expect([plan.title, head.includes(fold(plan.title))]).toEqual([plan.title, true]);
    });

    it('keeps every source line inside the plan', () => {
      const outside = indicators.filter((i) => i.source.line < plan.lines[0] || i.source.line > plan.lines[1]).map((i) => i.id);
      expect(outside).toEqual([]);
    });
  });

  describe.each(tables.map((table) => [`${table.seed} ${table.title}`, table]))('seed table %s', (_name, table) => {
    const plan = planOfTable(table);

    it('belongs to a plan of the catalog that records its caption', () => {
      expect(plan).toBeDefined();
      expect(plan!.plan.tables.map((t) => fold(t.title))).toContain(fold(table.title));
    });

    it('has every row in the catalog, with every cell as printed', () => {
      const roles = columnRoles(table);
      const problems: string[] = [];
      for (const row of table.rows) {
        const indicator = plan && rowIndicator(plan, row);
        if (!indicator) {
          problems.push(`row at line ${row.line} "${row.name}" is missing`);
          continue;
        }
        row.values.forEach((cell, column) => {
          const { year, role } = roles[column]!;
          const value = indicator.values.find((v) => v.year === year && v.role === role && fold(v.raw) === fold(cell.text));
          if (!value) problems.push(`${indicator.id}: ${year} ${role} should be "${cell.text}", has ${JSON.stringify(indicator.values.filter((v) => v.year === year && v.role === role).map((v) => v.raw))}`);
        });
        const responsible = row.others['责任部门'];
        if (responsible && fold(responsible.text) !== fold(indicator.responsible ?? '')) problems.push(`${indicator.id}: 责任部门 "${responsible.text}"`);
        const completed = row.others['是否完成'];
        if (completed && fold(completed.text) !== fold(indicator.completed?.raw ?? '')) problems.push(`${indicator.id}: 是否完成 "${completed.text}"`);
        if (row.seq !== null && row.seq !== (indicator.seq ?? null)) problems.push(`${indicator.id}: 序号 ${row.seq} vs ${indicator.seq}`);
        if (table.header.includes('类别') && row.category !== null && fold(row.category) !== fold(indicator.category ?? '')) {
          problems.push(`${indicator.id}: 类别 "${row.category}" vs "${indicator.category}"`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('records each row at its name\'s line and each cell at the line the cell is printed on', () => {
      const roles = columnRoles(table);
      const misplaced: string[] = [];
      for (const row of table.rows) {
        const indicator = plan && rowIndicator(plan, row);
        if (!indicator) continue;
        if (indicator.source.line !== row.line) misplaced.push(`${indicator.id}: name at ${row.line}, recorded ${indicator.source.line}`);
        row.values.forEach((cell, column) => {
          const { year, role } = roles[column]!;
          const value = indicator.values.find((v) => v.year === year && v.role === role && fold(v.raw) === fold(cell.text));
          const line = value && (value.line ?? indicator.source.line);
          if (value && cell.text.trim() !== '' && line !== cell.line) misplaced.push(`${indicator.id} ${year} ${role} "${cell.text}": printed at ${cell.line}, recorded ${line}`);
        });
      }
      expect(misplaced).toEqual([]);
    });

    it('keeps the rows in the order the table prints them', () => {
      const title = fold(table.title);
      const claimed = plan!.indicators.filter((i) => i.source.kind === 'table' && fold(i.source.table ?? '') === title).map((i) => i.id);
      const printed = table.rows.map((row) => rowIndicator(plan!, row)?.id ?? `line ${row.line}`);
      expect(claimed).toEqual(printed);
    });

    it('claims no table row that the table does not print', () => {
      const title = fold(table.title);
      const claimed = plan!.indicators.filter((i) => i.source.kind === 'table' && fold(i.source.table ?? '') === title);
      const extra = claimed.filter((indicator) => !table.rows.some((row) => rowIndicator(plan!, row) === indicator)).map((i) => i.id);
      expect(extra).toEqual([]);
      expect(claimed).toHaveLength(table.rows.length);
    });
  });

  it('links the same indicator across plans by concept (R&D intensity in the four plans that print it)', () => {
    // The issue expected six; the provincial special plans print no R&D-to-GDP target (no GDP in their text).
    const withRd = plans.filter((p) => p.indicators.some((i) => i.concept === 'rd_gdp_share')).map((p) => p.plan.id);
    expect(withRd.sort()).toEqual(['keqiao-2021-2025', 'shengzhou-116x-2024-2030', 'yuecheng-2021-2025', 'zj-opinions-2018']);
  });

  it('gives a parent to every item printed 其中 (a table\'s 其中 row, a prose 其中省级 150 个) and to no other', () => {
    const wrong = plans.flatMap(({ indicators }) => indicators
      .filter((indicator) => /^其中/u.test(indicator.name) || /^其中/u.test(indicator.source.quote ?? '') ? indicator.parent === undefined : indicator.parent !== undefined)
      .map((indicator) => `${indicator.id} parent ${indicator.parent ?? 'none'}`));
    expect(wrong).toEqual([]);
  });

  it('gives every sub-item a parent of the same plan listed before it', () => {
    for (const { indicators } of plans) {
      indicators.forEach((indicator, index) => {
        if (indicator.parent) expect(indicators.slice(0, index).map((i) => i.id)).toContain(indicator.parent);
      });
    }
  });
});
