/** The shape of a catalog file as written (snake_case), after it passed catalog/schema.json. */
export interface PlanFile {
  plan: {
    id: string; title: string; title_en?: string; issuer?: string; document_number?: string;
    region: { name: string; code: string };
    level: 'province' | 'city' | 'county' | 'district';
    period: { start: number; end: number };
    horizon?: number; date?: string; status?: string; seed: string; lines: [number, number];
    tables?: Array<{ title: string; line: number; columns?: string[]; notes?: Array<{ text: string; line: number }> }>;
    note?: string;
  };
  indicators: IndicatorEntry[];
  rules?: RuleEntry[];
}

export interface QuantityEntry { name: string; unit: string; concept?: string }

export interface SourceEntry { seed: string; line: number; kind: 'table' | 'prose' | 'footnote'; table?: string; quote?: string }

export interface IndicatorEntry {
  id: string; concept: string; name: string; name_en?: string; unit: string; category?: string; seq?: string;
  marks?: string[]; direction?: 'higher' | 'lower'; path?: 'linear' | 'multiplicative';
  aggregation?: { kind: 'sum' | 'none' } | { kind: 'ratio'; numerator: QuantityEntry; denominator: QuantityEntry; scale?: number };
  measure?: 'share' | 'growth_rate' | 'amount';
  parent?: string; attribute?: '预期性' | '约束性'; responsible?: string; per_year?: boolean; tolerance?: number;
  companion?: QuantityEntry; completed?: { raw: string; line?: number };
  values: Array<{
    year: number; role: 'baseline' | 'target' | 'actual' | 'planned' | 'reference'; raw: string;
    line?: number; region?: string; refers_to?: 'actual' | 'target'; note?: string;
  }>;
  source: SourceEntry;
  note?: string;
}

export interface RuleEntry {
  id: string; kind: 'joint_decline' | 'not_above_parent' | 'relative'; indicators: string[];
  severity: 'error' | 'warning'; consequence?: string; raw: string; source: SourceEntry; note?: string;
}

export interface ConceptsFile {
  concepts: Array<{ id: string; name: string; name_en?: string; unit: string; note?: string }>;
}
