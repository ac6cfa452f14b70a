/**
 * The words the generated sheets print, in one place. The sheets are Chinese statistical forms: their
 * wording is Chinese, and readers match headers against these same labels (reportingSheetMap).
 */
/** Page numbers in a printed footer (Excel's codes &P and &N). */
export const PAGE_FOOTER = '第 &P 页，共 &N 页';

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
  otherUnitNote: (unit: string) => `（${unit}）`,
} as const;

export const VALIDATION = {
  promptTitle: '填报提示',
  errorTitle: '输入有误',
  unit: (unit: string) => `单位：${unit === '' ? '—' : unit}`,
  target: (year: number, raw: string, plan: string | null) => (plan === null ? `${year}年目标：${raw}` : `${year}年目标（${plan}）：${raw}`),
  cumulative: '本栏填截至当年年底的累计数（“/”前为年度新增数，“/”后为累计数）',
  qualitative: '目标为定性表述，请选择“是”（已实现）或“否”',
  relative: (reference: string) => `另请在下一行填报“${reference}”`,
  companion: (indicator: string) => `用于判断“${indicator}”是否达标`,
  explanationPrompt: '数值触发核实性提示时，请在此说明原因（不超过500字）',
  footerPrompt: '请填写（不超过50字）',
  errors: {
    between: (low: string, high: string, unit: string) => `请输入${low}到${high}之间的数值（单位：${unit}）。`,
    atLeastWhole: (low: string, unit: string) => `请输入不小于${low}的整数（单位：${unit}）。`,
    atLeast: (low: string, unit: string) => `请输入不小于${low}的数值（单位：${unit}）。`,
    anyNumber: '请输入数值，不要输入文字或单位。',
    choice: '请从下拉列表中选择“是”或“否”。',
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
  proseCaption: (title: string) => `${title}主要目标`,
  proseHeader: { seq: '序号', name: '指标名称（单位）', year: (year: number) => `${year}年`, quote: '原文', source: '出处' },
  proseSource: (line: number) => `第${line}行`,
  proseNote: '注：据规划正文整理，目标按原文照录；“出处”为规划文本中的行号。',
  completionCaption: (title: string, year: number) => `${title}主要指标完成情况（${year}年）`,
  completionHeader: ['序号', '指标', '规划目标', '实绩', '是否完成', '完成进度'],
  completed: { yes: '是', no: '否', unknown: '—' },
} as const;

export const METADATA = {
  sheetName: '_meta',
  header: ['key', 'value'],
  warning: '本工作表由系统生成，请勿修改。',
} as const;
