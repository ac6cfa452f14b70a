/**
 * The words the generated sheets print, in one place. The sheets are Chinese statistical forms: their
 * wording is Chinese, and readers match headers against these same labels (reportingSheetMap).
 * By design these labels are not in the locale tables and do not follow --lang or the pane's language: a
 * return, a report or an annex is the same Chinese form whoever generates it. Messages worded inside them
 * (findings, rule names) do come from the tables (docs/decisions/0070).
 */
import { regionPlanTitle } from './titles';
/**
 * A printed page's footer: the sheet's name and the page number (Excel's codes &A and &P). Not "共 &N 页": printing a
 * whole workbook, LibreOffice counts &N over every sheet while numbering each sheet's pages from 1, so a one-page
 * sheet read "第 1 页，共 3 页".
 */
/** How 完成进度 and 序时进度 are computed, as the cover and the progress table (the chart's data) say it. */
const PROGRESS_METHOD = '完成进度＝（实绩－基期值）÷（目标值－基期值）；序时进度＝（报告年－基期年）÷（目标年－基期年），即中期评估口径。按复合增长规划的指标，序时进度为按年均增速推算到报告年应完成的增量占比。本表不显示 SDG 预测比率。';

export const PAGE_FOOTER = '&A　第 &P 页';

export const REPORTING = {
  sheetName: '指标填报',
  titleSuffix: '主要指标完成情况表',
  /** Title of a sheet over several plans: region + this. */
  titleSeveralPlans: '科技创新规划主要指标完成情况表',
  period: (year: number) => `${year}年`,
  reportingUnit: '填报单位：',
  formCode: '表　　号：',
  formAuthority: '制定机关：',
  approvalNumber: '批准文号：',
  validUntil: '有效期至：',
  footer: ['单位负责人：', '统计负责人：', '填表人：', '联系电话：', '报出日期：'] as const,
  header: {
    seq: '序号',
    category: '类别',
    plan: '所属规划',
    name: '指标名称',
    unit: '单位',
    // Year headers break after the year, so that a dozen year columns stay narrow; readers ignore whitespace.
    baseline: (year: number | null) => (year === null ? '基期值' : `${year}年\n基期值`),
    target: (year: number, plan: string | null) => (plan === null ? `${year}年\n目标` : `${year}年目标\n（${plan}）`),
    actual: (year: number) => `${year}年\n实绩`,
    /** How a missing actual column is named. */
    anyActual: '各年实绩',
    completion: '完成进度',
    timeShare: '序时进度',
    status: '状态',
    explanation: '说明',
    responsible: '责任部门',
    id: '指标ID',
  },
  /** Note on a target cell that shows an amount the plan schedules rather than a target. */
  plannedNote: '规划安排数',
  otherTargetsNote: '同年另有表述：',
  /** Note on the target of a 每年 / 年均 goal, which the sheet judges every year, not only in the column's year. */
  perYearNote: '每年目标：每年的实绩都按此目标考核',
  /** After a 每年 goal's target where a list shows it without the note (catalog show). */
  perYearMark: '（每年）',
  otherUnitNote: (unit: string) => `（${unit}）`,
} as const;

export const VALIDATION = {
  promptTitle: '填报提示',
  errorTitle: '输入有误',
  unit: (unit: string) => `单位：${unit === '' ? '—' : unit}`,
  target: (year: number, raw: string, plan: string | null) => (plan === null ? `${year}年目标：${raw}` : `${year}年目标（${plan}）：${raw}`),
  cumulative: '本栏填截至当年年底的累计数（“/”前为年度新增数，“/”后为累计数）',
  perYear: '每年目标：每年的实绩都按目标考核',
  qualitative: '目标为定性表述，请选择“是”（已实现）或“否”',
  /** 零的突破 (decision 0276): a count or 是/否, typed; the cell has no dropdown. */
  countOrAnswer: '目标为“零的突破”，按“至少一”判断：请填个数（0或正整数，1及以上为已实现），或填“是”（已实现）或“否”',
  relative: (reference: string) => `另请在下一行填报“${reference}”`,
  companion: (indicator: string) => `用于判断“${indicator}”是否达标`,
  part: (indicator: string) => `用于汇总时重算“${indicator}”`,
  explanationPrompt: '数值触发核实性提示时，请在此说明原因（不超过500字）',
  footerPrompt: '请填写（不超过50字）',
  errors: {
    between: (low: string, high: string, unit: string) => `请输入${low}到${high}之间的数值（单位：${unit}）。`,
    atLeastWhole: (low: string, unit: string) => `请输入不小于${low}的整数（单位：${unit}）。`,
    atLeast: (low: string, unit: string) => `请输入不小于${low}的数值（单位：${unit}）。`,
    anyNumber: '请输入数值，不要输入文字或单位。',
    choice: '请从下拉列表中选择“是”或“否”。',
    countOrAnswer: '请填个数（0或正整数，不带单位），或填“是”或“否”。',
    textLength: (max: number) => `内容不能超过${max}字。`,
  },
} as const;

export const FINDINGS = {
  sheetName: '校验结果',
  title: '校验结果',
  verdictLabel: '审核结论：',
  verdict: { accepted: '接受', accepted_with_explanations: '说明后接受', rejected: '退回' },
  counts: (errors: number, warnings: number, explained: number) =>
    `错误 ${errors} 条，警告 ${warnings} 条（已说明 ${explained} 条）`,
  severity: { error: '错误', warning: '警告' },
  summaryHeader: { seq: '序号', severity: '严重程度', rule: '规则', count: '条数', explained: '已说明' },
  header: ['序号', '严重程度', '工作表', '单元格', '指标', '规则', '说明', '填报值', '期望', '已说明'],
  yes: '是',
  no: '否',
  none: '未发现问题。',
} as const;

export const ANNEX = {
  progressNote: `注：${PROGRESS_METHOD}`,
  proseCaption: (title: string) => `${title}主要目标`,
  proseHeader: { seq: '序号', name: '指标名称（单位）', year: (year: number) => `${year}年`, quote: '原文', source: '出处' },
  proseNote: '注：据规划正文整理，目标按原文照录；“出处”为原文所在的章节。',
  proseBesideTableNote: '表中指标在正文另有附表未列的目标的，一并列出正文目标（附表所列目标见附表）。',
  // two values the text prints for one year (嵊州's 2030 output: 突破1100亿元 and, in the “116X” goals, 超1000亿)
  valueSeparator: '；',
  completionCaption: (title: string, year: number) => `${title}主要指标完成情况（${year}年）`,
  regionCompletionCaption: (region: string, title: string, year: number, targetYear: number) =>
    `${regionPlanTitle(region, title)}主要指标完成情况（${year}年，对照${targetYear}年目标）`,
  completionHeader: ['序号', '指标', '规划目标', '实绩', '是否完成', '完成进度'],
  completed: { yes: '是', no: '否', unknown: '—', monitoring: '仅监测', unverified: '待核实' },
  // nothing that failed shown as done (issue 10.6)
  actualUnverified: (value: string) => `${value}（待核实）`,
  leftOutCaption: (items: string) => `未列入：${items}`,
  notDueCaption: (count: number, year: number) => `其中 ${count} 项${year}年目标尚未到期，“否”指尚未完成，是否符合序时进度见批注`,
  unverifiedCaption: (count: number) => `其中 ${count} 项实绩未通过校验，标“待核实”，不判断是否完成`,
  // targets printed as a change that cannot become a level (decision 0190): the reason is in each cell's note
  unconvertedCaption: (count: number) => `其中 ${count} 项规划目标以变化量印出而无法换算为目标值，标“仅监测”（原因见批注）`,
  // a county's rows of a higher level's plan: its contributions, not judged by that plan's targets
  reportedBelowCaption: (count: number) => `其中 ${count} 项为上级规划的指标，本地区数值计入上级汇总或仅作监测，不按上级规划的目标考核，标“仅监测”（原因见批注）`,
  // a higher level's rows not on the region's form (rankings, coverages, qualitative aims): left out of its table
  notOnFormCaption: (count: number) => `另有 ${count} 项上级规划指标不由本地区填报（如排名、覆盖面、定性目标），本表不列`,
  progressLeftOut: (names: string) => `未含未通过校验的指标：${names}`,
} as const;

export const METADATA = {
  sheetName: '_meta',
  header: ['key', 'value'],
  warning: '本工作表由系统生成，请勿修改。',
} as const;

export const COVER = {
  sheetName: '填报说明',
  title: '科技创新规划主要指标填报说明',
  region: '填报单位',
  year: '报告期',
  plans: '所依据的规划',
  sheets: '填报工作表',
  catalogVersion: '指标目录版本',
  instructionsTitle: '填报须知',
  instructions: [
    '只在浅黄色单元格中填写：报告期及以前各年的实绩、说明栏和表尾的负责人、填表人、联系电话、报出日期。其他单元格已锁定。',
    '按“单位”列的单位填写数值，不要在数值后加单位或文字；百分比填写百分数中的数字（3.5% 填 3.5）。',
    '带“是/否”下拉框的指标，请从下拉列表中选择。',
    '“a/b”形式的目标：a 为当年新增数，b 为截至当年的累计数；实绩栏请填截至当年的累计数。',
    '请勿插入、删除、移动行，勿修改指标名称、单位和隐藏的指标编号：审核按编号识别每一行。',
    '数值与上年相差较大、单位疑似填错等情况会提示警告，如数据无误，请在该行“说明”栏写明原因；有错误的报表将被退回。',
    '完成进度、序时进度和状态由表内公式自动计算，行的颜色表示完成情况（见下方图例），在 Excel、WPS、LibreOffice 中均可显示。',
    PROGRESS_METHOD,
  ],
  legendTitle: '状态（颜色）',
  legendMeaning: '含义',
  legend: {
    met: '实绩达到规划目标（“以上”“不低于”含目标值，“>”“超过”“高于”须超过目标值，“左右”在目标值±5%以内）。',
    on_track: '目标年之前：完成进度不低于序时进度，按计划推进。',
    behind: '目标年之前：完成进度低于序时进度，需加快推进。',
    regressing: '目标年之前：实绩低于基期值（越低越好的指标则为高于基期值），出现倒退。',
    not_met: '目标年已到（每年考核的目标和相对目标每年都是）而实绩未达到规划目标。',
    no_value: '报告期实绩尚未填写。',
    monitoring: '规划未设目标值，仅作监测。',
  },
} as const;

/** Reporting scope (issue 12.1): how a region reports each row of a plan, and why. */
export const SCOPE = {
  coverTitle: '填报范围',
  ownPlan: (title: string) => `《${title}》是本地区的规划：填报全部指标，按规划目标考核。`,
  higherPlan: (title: string, counts: string) => `《${title}》是上级规划：${counts}。所填数值汇总上报、仅作监测，不按上级目标考核。`,
  notReported: (names: string) => `不填报：${names}。`,
  mode: {
    own: '按本规划目标考核',
    contribution: '填报本地区贡献量（汇总）',
    parts: '填报比率及其分子、分母（汇总计算）',
    monitored: '填报本地区数值（仅监测）',
    excluded: '下级不填报',
  },
  count: {
    contribution: (n: number) => `贡献量 ${n} 项`,
    parts: (n: number) => `比率（含分子、分母）${n} 项`,
    monitored: (n: number) => `仅监测 ${n} 项`,
    excluded: (n: number) => `不填报 ${n} 项`,
  },
  reason: {
    own_plan: '本地区的规划',
    additive: '可加总的数量',
    ratio: '比率',
    non_additive: '不可加总的指标',
    ranking: '排名',
    coverage: '覆盖类目标',
    qualitative: '定性目标',
    catalog: '指标目录规定',
  },
} as const;

export const BATCH = {
  title: '报表校验汇总',
  filesSheet: '报表汇总',
  rulesSheet: '按规则汇总',
  findingsSheet: '问题清单',
  /** A link to a return opens its first sheet; the cover of a generated workbook. */
  firstSheetGuess: '填报说明',
  unreadable: '无法读取',
  counts: (total: number, c: { accepted: number; accepted_with_explanations: number; rejected: number; unreadable: number }) =>
    `共 ${total} 个文件：接受 ${c.accepted}，说明后接受 ${c.accepted_with_explanations}，退回 ${c.rejected}，无法读取 ${c.unreadable}`,
  filesHeader: ['序号', '文件', '地区', '年份', '规划', '结论', '错误', '警告', '未说明警告', '无法读取的原因'],
  rulesHeader: ['序号', '规则', '错误', '警告', '已说明', '涉及文件数'],
  findingsHeader: ['序号', '文件', '工作表', '单元格', '严重程度', '指标', '规则', '说明', '填报值', '期望', '已说明'],
} as const;

export const CONSOLIDATION = {
  sheetName: '汇总',
  title: (region: string, plan: string) => `${regionPlanTitle(region, plan)}主要指标汇总表`,
  period: (year: number) => `${year}年`,
  header: ['序号', '指标名称（单位）', '汇总方式', '合计'],
  noRegion: '（无可汇总的报表）',
  method: { sum: '加总', ratio: '由分子分母重算', none: '不汇总（分地区列示）' },
  partialNote: '部分地区未填报，合计只含已填报地区。',
  // province from cities; nothing that failed shown as done (issues 12.5, 10.6)
  citySheetName: (city: string) => `${city}汇总`,
  totalMissing: (regions: string) => `合计（缺 ${regions}）`,
  cellUnverified: (value: string) => `${value}（待核实）`,
  unverifiedAlone: '待核实',
  totalWithout: (value: string, parts: string) => `${value}（不含 ${parts}）`,
  // no region counted (every one 待核实 or 未填报): the total still names them, not a blank cell (decision 0251)
  noTotalWithout: (parts: string) => `无合计（不含 ${parts}）`,
  withoutUnverified: (regions: string) => `${regions}：待核实`,
  withoutNotReported: (regions: string) => `${regions}：未填报`,
  // 是/否 where numbers are added (零的突破 answered without its count, decision 0270): reported, nothing to add
  withoutAnswered: (regions: string, answer: string) => `${regions}：填“${answer}”，未填数量`,
  answeredNote: '填“是”或“否”的地区未填数量，合计只含填了数量的地区。',
  // a ratio that cannot be recomputed says why on its total, naming the regions (QA of consolidation, decision 0251)
  ratioNoParts: (regions: string) => `无法重算（${regions}未填报分子或分母，只分地区列示）`,
  ratioZeroDenominator: '无法重算（分母合计为 0，只分地区列示）',
  unverifiedNote: (regions: string) => `${regions}的数值未通过校验，未计入合计，请核实后再使用。`,
  copiesDifferNote: (regions: string) => `${regions}报送的两份报表数值不同，未计入合计，请确认以哪份为准后再使用。`,
  copiedNote: (regions: string) => `${regions}报送的数值完全相同，可能照抄了另一地区的报表，未计入合计，请向各地核实后再使用。`,
  leftOut: (items: string) => `未汇总：${items}`,
  missingLine: (regions: string) => `缺报：${regions}`,
  notes: [
    '注：总量指标按各地区填报值加总；比重、比率、人均等指标不能直接相加，分子分母均已填报时由其加总重算，否则只分地区列示。',
    '标黄并注明“待核实”的数值未通过校验（有错误或未说明的警告），或本地区报送的两份报表数值不同，或与另一地区的数值完全相同，不计入合计，批注中写明原因。',
  ],
} as const;
