/**
 * 简体中文 wording of every message code. Templates take `{param}` placeholders; numbers are formatted by
 * the translator. Each message names the indicator, the year, the value and what was expected, and ends
 * with what to do: errors are corrected, warnings are checked and, when the value is right, explained in
 * the row's 说明 cell. Keep en-US.ts in step: it must have exactly these keys.
 */
export const zhCN = {
  // ---- names of the checks' rules, as reports list them ----
  'rule.structure': '表格结构',
  'rule.not_a_number': '非数值',
  'rule.hard_range': '超出取值范围',
  'rule.required_missing': '必填项未填',
  'rule.monitoring_missing': '监测指标未填',
  'rule.magnitude_slip': '数量级异常（万/亿）',
  'rule.share_as_fraction': '百分比填成小数',
  'rule.yoy_change': '与上年相比变动过大',
  'rule.sub_item_above_parent': '其中项大于总数',
  'rule.increment_mismatch': '新增数与累计数不符',
  'rule.relative_target': '相对目标未实现',
  'rule.joint_decline': '指标同时下降',
  // ---- checks on entered values: errors (强制性审核) ----
  'check.not_a_number': '「{name}」{year}年实绩填的是“{text}”，不是数值。请填写以“{unit}”为单位的数字。',
  'check.not_a_number.no_unit': '「{name}」{year}年实绩填的是“{text}”，不是数值。请填写数字。',
  'check.not_a_number.unit_mismatch':
    '「{name}」{year}年实绩填的是“{text}”，其单位“{typedUnit}”与本行单位“{unit}”不是同一种量，无法换算。请按“{unit}”填写数字。',
  'check.not_a_number.error_value': '「{name}」{year}年实绩单元格的值是错误值 {text}（公式或粘贴出错），不是数值。请改填数字。',
  'check.not_a_number.boolean': '「{name}」{year}年实绩单元格的值是逻辑值 {text}，不是数值。请改填以“{unit}”为单位的数字。',
  'check.not_a_number.date': '「{name}」{year}年实绩被 Excel 存成了日期（{text}），不是数值。请把单元格格式设为“常规”或“数值”后重新填写。',
  'check.not_a_number.answer': '「{name}」{year}年实绩填的是“{text}”。该指标的目标是定性目标，请填“是”或“否”（是否已实现）。',
  'check.not_a_number.pair':
    '「{name}」{year}年实绩填的是“{text}”，无法识别。请填写年末累计数（以“{unit}”为单位），或按“新增数/累计数”填写，如“75/1280”。',
  'check.hard_range.below_minimum': '「{name}」{year}年实绩 {value}{unit} 小于允许的最小值 {min}{unit}，请更正。',
  'check.hard_range.above_maximum': '「{name}」{year}年实绩 {value}{unit} 大于允许的最大值 {max}{unit}，请更正。',
  'check.hard_range.not_whole': '「{name}」是计数指标，{year}年实绩 {value}{unit} 折算后不是整数，请更正。',
  'check.required_missing': '「{name}」{year}年实绩未填报。该指标有{targetYear}年目标“{target}”，必须填报。',
  'check.required_missing.companion': '「{name}」{year}年数值未填报。判断「{servedName}」是否达标需要这一数值，必须填报。',
  // ---- checks on entered values: warnings (核实性审核) ----
  'check.monitoring_missing': '「{name}」{year}年实绩未填报。该指标为仅监测指标；如本地区无此数据，请在说明栏注明原因。',
  'check.magnitude_slip.previous.unit':
    '「{name}」{year}年实绩 {value} 与上年 {reference} 相差约 {factor} 倍，可能把“{askedUnit}”填成了“{typedUnit}”，请核实单位；如无误请在说明栏注明原因。',
  'check.magnitude_slip.previous':
    '「{name}」{year}年实绩 {value} 与上年 {reference} 相差约 {factor} 倍，可能混淆了“万”“亿”等计量单位，请核实单位；如无误请在说明栏注明原因。',
  'check.magnitude_slip.baseline.unit':
    '「{name}」{year}年实绩 {value} 与{referenceYear}年基期值 {reference} 相差约 {factor} 倍，可能把“{askedUnit}”填成了“{typedUnit}”，请核实单位；如无误请在说明栏注明原因。',
  'check.magnitude_slip.baseline':
    '「{name}」{year}年实绩 {value} 与{referenceYear}年基期值 {reference} 相差约 {factor} 倍，可能混淆了“万”“亿”等计量单位，请核实单位；如无误请在说明栏注明原因。',
  'check.share_as_fraction.previous':
    '「{name}」{year}年实绩 {value} 疑似把百分比填成了小数（上年为 {reference}%）：{value} 应填为 {percent}。请核实；如无误请在说明栏注明原因。',
  'check.share_as_fraction.baseline':
    '「{name}」{year}年实绩 {value} 疑似把百分比填成了小数（{referenceYear}年基期值为 {reference}%）：{value} 应填为 {percent}。请核实；如无误请在说明栏注明原因。',
  'check.yoy_change.up':
    '「{name}」{year}年实绩 {value}{unit} 是上年 {previous}{unit} 的 {ratio} 倍，超过 {bound} 倍的核实范围。请核实；如无误请在说明栏注明原因。',
  'check.yoy_change.down':
    '「{name}」{year}年实绩 {value}{unit} 只有上年 {previous}{unit} 的 {ratio} 倍，降幅超出核实范围（不低于上年的 1/{bound}）。请核实；如无误请在说明栏注明原因。',
  'check.yoy_change.points_up':
    '「{name}」{year}年实绩 {value}{unit} 比上年 {previous}{unit} 提高 {points} 个百分点，超过 {bound} 个百分点的核实范围。请核实；如无误请在说明栏注明原因。',
  'check.yoy_change.points_down':
    '「{name}」{year}年实绩 {value}{unit} 比上年 {previous}{unit} 下降 {points} 个百分点，超过 {bound} 个百分点的核实范围。请核实；如无误请在说明栏注明原因。',
  'check.sub_item_above_parent':
    '其中项「{name}」{year}年实绩 {value}{unit} 大于所属指标「{parentName}」的 {parentValue}{parentUnit}，其中项不应超过总数。请核实；如无误请在说明栏注明原因。',
  'check.increment_mismatch':
    '「{name}」{year}年填报新增 {increment}{unit}、累计 {cumulative}{unit}，但累计数比上年的 {previousCumulative}{unit} 增加了 {change}{unit}，与新增数不一致。请核实；如无误请在说明栏注明原因。',
  'check.relative_target.above':
    '「{name}」{year}年实绩 {value}{unit} 未高于「{companionName}」的 {companionValue}{companionUnit}，未达到目标“{target}”。请核实；如无误请在说明栏注明原因。',
  'check.relative_target.at_least':
    '「{name}」{year}年实绩 {value}{unit} 低于 {required}{unit}（「{companionName}」为 {companionValue}{companionUnit}），未达到目标“{target}”。请核实；如无误请在说明栏注明原因。',
  'check.relative_target.below':
    '「{name}」{year}年实绩 {value}{unit} 未低于「{companionName}」的 {companionValue}{companionUnit}，未达到目标“{target}”。请核实；如无误请在说明栏注明原因。',
  'check.relative_target.at_most':
    '「{name}」{year}年实绩 {value}{unit} 高于 {required}{unit}（「{companionName}」为 {companionValue}{companionUnit}），未达到目标“{target}”。请核实；如无误请在说明栏注明原因。',
  'check.joint_decline':
    '{year}年「{name1}」由上年 {previous1}{unit1} 降至 {value1}{unit1}，「{name2}」由上年 {previous2}{unit2} 降至 {value2}{unit2}，两项同时下降，考核时将实行“{consequence}”。请核实；如无误请在说明栏注明原因。',
  'check.joint_decline.no_consequence':
    '{year}年「{name1}」由上年 {previous1}{unit1} 降至 {value1}{unit1}，「{name2}」由上年 {previous2}{unit2} 降至 {value2}{unit2}，两项同时下降，违反了规划规定。请核实；如无误请在说明栏注明原因。',
  'check.joint_decline.many': '{year}年以下指标同时比上年下降：{names}，违反了规划规定。请核实；如无误请在说明栏注明原因。',
  'check.rule_error': '检查规则“{rule}”运行出错（{detail}），该项未能检查，结果不可作为审核依据。请把这条信息报告给系统管理员。',
  // ---- the sheet's structure (errors) ----
  'structure.id_missing': '第 {row} 行隐藏的指标编号为空或被改动，无法识别这一行。请勿修改表格结构，请从原表恢复这一行。',
  'structure.id_duplicated': '指标编号 {id} 在第 {row} 行再次出现（第 {firstRow} 行已有）。请删除复制出来的行。',
  'structure.id_unknown': '第 {row} 行的指标编号 {id} 不属于本表。请勿插入新行或修改隐藏的编号列。',
  'structure.row_missing': '本表应有的指标「{name}」（编号 {id}）找不到了，这一行可能被删除。请从原表恢复这一行。',
  'structure.row_moved': '第 {row} 行「{name}」被移动过：原表中它是第 {expectedPosition} 个指标，现在排在第 {position} 个。请恢复原来的行序。',
  'structure.row_renamed': '第 {row} 行的指标名称“{found}”与原表的“{expectedName}”不一致，可能被改写或错行。请恢复原名称。',
  'structure.unit_changed': '第 {row} 行「{name}」的单位“{found}”与原表的“{expectedUnit}”不一致。请恢复原单位，并按原单位填报。',
  'structure.metadata_missing': '工作表“{sheet}”缺少生成报表时写入的信息（规划、地区、年份），无法确认这是哪张报表。请使用系统生成的原表填报。',
  'structure.metadata_unreadable': '工作表“{sheet}”中生成报表时写入的信息被改动，无法读取。请使用系统生成的原表填报。',
  'structure.header_changed': '工作表“{sheet}”的表头被改动，与原表不一致。请恢复原表头。',
  'structure.merged_entry_cells': '工作表“{sheet}”中有填报单元格被合并。请取消合并，每个数值填在自己的单元格里。',
  'structure.protection_removed': '工作表“{sheet}”的保护被取消，表格结构可能被改动。请使用系统生成的原表填报。',
  'structure.external_reference': '工作表“{sheet}”中有单元格引用了其他工作簿，报送后将无法计算。请改为直接填写数值。',
  'structure.sheet_renamed': '工作表被改名为“{sheet}”。请恢复原来的工作表名称。',
  // ---- a file that cannot be read as a return ----
  'file.not_xlsx': '这个文件不是 Excel 工作簿（.xlsx），无法读取。请提交系统生成、填好后仍以 .xlsx 格式保存的报表。',
  'file.encrypted': '这个工作簿设置了打开密码，无法读取。请在 Excel 中去掉密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后重新提交。',
  'file.encrypted.xls': '这是旧版 Excel 97-2003 工作簿（.xls），无法读取。请在 Excel 或 WPS 中“另存为” .xlsx 格式后重新提交。',
  'file.encrypted.other': '这个文件是加密的工作簿或旧版 Office 文件，不是 .xlsx 工作簿，无法读取。请去掉密码、另存为 .xlsx 格式后重新提交。',
  'file.corrupt': '这个工作簿已损坏或不完整（可能在下载、复制或发送时中断），无法读取。请重新保存或重新发送原文件。',
  'file.too_large': '文件大小为 {size} MB，超过允许的 {limit} MB，未读取。一张报表不会这么大，请检查是否粘贴了图片或大量无关内容。',
  'file.zip_bomb': '这个文件解压后超过 {limit} MB，远大于一张报表，为安全起见未读取。请提交系统生成的报表。',
  'file.too_many_rows': '工作表“{sheet}”的范围超过允许的 {limit} 行（达到第 {rows} 行），为避免程序停止响应未读取。请删除多余的行后重新提交。',
  'file.too_many_rows.cells': '工作表“{sheet}”中合并单元格或数据验证覆盖了 {cells} 个单元格，超过允许的 {limit} 个，为避免程序停止响应未读取。请取消整行、整列的合并或数据验证后重新提交。',
  'file.no_reporting_sheet': '工作簿中没有找到指标填报表（表头含“指标名称”“单位”“说明”“指标ID”等列的工作表）。请提交系统生成的报表。',
  // ---- notes on the cells of an annotated return ----
  'annotate.error': '【错误】{rule}',
  'annotate.warning': '【警告】{rule}',
  'annotate.warning_explained': '【警告，已说明】{rule}',
  'annotate.value': '填报值：{value}',
  'annotate.expected': '期望：{expected}',
  // ---- regenerating a return under the current catalog ----
  'regenerate.metadata_missing': '工作表“{sheet}”缺少生成报表时写入的信息（规划、地区、年份），无法按当前指标目录重新生成。',
  'regenerate.unknown_plan': '报表所依据的规划“{plan}”不在当前指标目录中，无法重新生成。',
  // ---- importing an indicator table pasted from a plan document ----
  'import.no_header': '选定区域中找不到指标表的表头：应有一行写着“指标”或“指标名称”。请选中包括表头在内的整张表后重新导入。',
  'import.no_rows': '表头下面没有可导入的指标行。请选中包括各指标行在内的整张表后重新导入。',
  'import.unreadable_value': '{cell} 单元格“{text}”（「{name}」{header}）不是能识别的数值写法，未导入。请核对原文，改写后重新导入。',
  'import.value_unit_mismatch': '{cell} 单元格“{text}”的单位“{typedUnit}”与「{name}」的单位“{unit}”不是同一种量，无法换算，未导入。请核对原文。',
  'import.unknown_unit': '{cell} 指标名称“{name}”末尾括号里的“{unit}”不是已知的计量单位，已作为名称的一部分保留，该指标按无单位导入。请核对。',
  'import.unknown_unit_column': '{cell} 单位“{unit}”（「{name}」）不是已知的计量单位，该指标按无单位导入。请核对。',
  'import.unknown_attribute': '{cell} 单元格的属性“{text}”（「{name}」）不是“预期性”或“约束性”，未导入。',
  'import.year_missing': '{cell} 表头“{header}”中没有年份，这一列的数值无法对应到年份，未导入。请在表头写明年份（如“2020年”）后重新导入。',
  'import.column_ignored': '{cell} 表头为“{header}”的列不是可识别的列，其内容未导入。',
  'import.column_unheaded': '{cell} 单元格“{text}”所在的列没有表头，该列内容未导入。',
  'import.name_missing': '{cell} 所在行没有指标名称（该行内容：“{text}”），未导入。',
  // ---- the office-js adapter (src/excel): what the host lacks, what it refused, the mark on annotated cells ----
  'excel.requirement.data_validation': '当前 Excel 版本过旧（不支持 ExcelApi 1.8 数据有效性），加载项无法在工作簿中直接生成报表。请改用“下载 .xlsx 报表”，用 Excel 或 WPS 打开后填报。',
  'excel.requirement.conditional_formats': '当前 Excel 版本不支持条件格式（ExcelApi 1.6），各行不会按完成进度着色。',
  'excel.requirement.print_setup': '当前 Excel 版本不支持页面设置（ExcelApi 1.9）：打印方向、缩放、标题行、页脚和“其中”项缩进未写入，打印前请在“页面布局”中自行设置。',
  'excel.requirement.comments': '当前 Excel 版本不支持批注（ExcelApi 1.10）：校验意见只以单元格底色和粗边框标出，目标单元格的附注不显示。',
  'excel.requirement.notes': '当前 Excel 版本不支持“备注”（ExcelApi 1.18）：校验意见和附注改写为批注。',
  'excel.sheet_exists': '工作簿中已有同名工作表“{sheets}”。请确认是否替换（原表将被删除），或换一个表名。',
  'excel.workbook_protected': '工作簿结构受保护，无法添加、删除或重命名工作表。请先在“审阅 > 保护工作簿”中取消保护。',
  'excel.unsupported_host': '当前 Excel 版本过旧，无法在工作簿中直接生成报表。请改用“下载 .xlsx 报表”。',
  'excel.sheet_missing': '找不到工作表“{sheet}”，它可能已被删除或改名。',
  'excel.selection_too_large': '选中的区域太大（{size} 个单元格）。请只选中要导入的表格。',
  'excel.note.heading': '【审核意见】',
  'file.unreadable': '无法打开这个文件（{detail}）。请确认文件存在、未被其他程序占用，并有读取权限。',
  'consolidate.region_missing': '{region}（{detail}）没有报送报表，汇总中不含该地区。',
  'consolidate.other_plan': '{source}：{region}报送的是其他规划（{detail}）的报表，未汇总。',
  'consolidate.other_year': '{source}：{region}报送的是 {detail} 年的报表，与汇总年份不同，未汇总。',
  'consolidate.duplicate_region': '{source}：{region}重复报送（已使用 {detail}），本文件未汇总。',
  'consolidate.no_metadata': '{source}：工作表“{detail}”缺少生成报表时写入的信息，无法确认地区、规划和年份，未汇总。',
  'consolidate.unexpected_region': '{source}：{region}（{detail}）不属于汇总范围内的地区，但已计入汇总，请核实。',
} as const;

export type MessageCode = keyof typeof zhCN;
