import type { MessageCode } from './zh-CN';

/** English wording, key for key with zh-CN.ts (the type makes a missing or extra key a compile error). */
export const enUS: Readonly<Record<MessageCode, string>> = {
  'rule.structure': 'Sheet structure',
  'rule.not_a_number': 'Not a number',
  'rule.hard_range': 'Outside the allowed range',
  'rule.required_missing': 'Required value missing',
  'rule.monitoring_missing': 'Monitored value missing',
  'rule.magnitude_slip': 'Order of magnitude (万 / 亿)',
  'rule.share_as_fraction': 'Percentage entered as a fraction',
  'rule.yoy_change': 'Large change from last year',
  'rule.sub_item_above_parent': 'Sub-item above its total',
  'rule.increment_mismatch': 'Increment does not match the cumulative total',
  'rule.relative_target': 'Relative target not met',
  'rule.joint_decline': 'Indicators falling together',
  'check.not_a_number': '{nameEn}, {year} actual: “{text}” is not a number. Enter a number in {unit}.',
  'check.not_a_number.no_unit': '{nameEn}, {year} actual: “{text}” is not a number. Enter a number.',
  'check.not_a_number.unit_mismatch':
    '{nameEn}, {year} actual: “{text}” is in {typedUnit}, which does not convert to this row’s unit {unit}. Enter a number in {unit}.',
  'check.not_a_number.error_value': '{nameEn}, {year} actual: the cell holds the error value {text} (a broken formula or paste), not a number. Enter a number.',
  'check.not_a_number.boolean': '{nameEn}, {year} actual: the cell holds the logical value {text}, not a number. Enter a number in {unit}.',
  'check.not_a_number.date': '{nameEn}, {year} actual: Excel stored the entry as a date ({text}), not a number. Set the cell format to General or Number and enter it again.',
  'check.not_a_number.answer': '{nameEn}, {year} actual: “{text}”. The target is qualitative: enter 是 (achieved) or 否 (not achieved).',
  'check.not_a_number.pair':
    '{nameEn}, {year} actual: “{text}” cannot be read. Enter the cumulative total at year end (in {unit}), or “new/cumulative”, e.g. “75/1280”.',
  'check.hard_range.below_minimum': '{nameEn}, {year} actual: {value} {unit} is below the smallest allowed value {min} {unit}. Correct it.',
  'check.hard_range.above_maximum': '{nameEn}, {year} actual: {value} {unit} is above the largest allowed value {max} {unit}. Correct it.',
  'check.hard_range.not_whole': '{nameEn} is a count: the {year} actual {value} {unit} is not a whole number. Correct it.',
  'check.required_missing': '{nameEn}, {year} actual is missing. The indicator has a {targetYear} target “{target}”: the value must be reported.',
  'check.required_missing.companion': '{nameEn}, {year} value is missing. It is needed to judge whether {servedNameEn} meets its target: the value must be reported.',
  'check.monitoring_missing':
    '{nameEn}, {year} actual is missing. The indicator is monitored without a target; if the region has no such data, give the reason in the explanation cell.',
  'check.magnitude_slip.previous.unit':
    '{nameEn}, {year} actual {value} differs from last year’s {reference} by a factor of about {factor}: {typedUnit} may have been entered where {askedUnit} is asked. Check the unit; if the value is right, explain it in the explanation cell.',
  'check.magnitude_slip.previous':
    '{nameEn}, {year} actual {value} differs from last year’s {reference} by a factor of about {factor}: units such as 万 and 亿 may have been mixed up. Check the unit; if the value is right, explain it in the explanation cell.',
  'check.magnitude_slip.baseline.unit':
    '{nameEn}, {year} actual {value} differs from the {referenceYear} baseline {reference} by a factor of about {factor}: {typedUnit} may have been entered where {askedUnit} is asked. Check the unit; if the value is right, explain it in the explanation cell.',
  'check.magnitude_slip.baseline':
    '{nameEn}, {year} actual {value} differs from the {referenceYear} baseline {reference} by a factor of about {factor}: units such as 万 and 亿 may have been mixed up. Check the unit; if the value is right, explain it in the explanation cell.',
  'check.share_as_fraction.previous':
    '{nameEn}, {year} actual {value} looks like a percentage entered as a fraction (last year: {reference}%): {value} should be {percent}. Check it; if the value is right, explain it in the explanation cell.',
  'check.share_as_fraction.baseline':
    '{nameEn}, {year} actual {value} looks like a percentage entered as a fraction ({referenceYear} baseline: {reference}%): {value} should be {percent}. Check it; if the value is right, explain it in the explanation cell.',
  'check.yoy_change.up':
    '{nameEn}, {year} actual {value} {unit} is {ratio} times last year’s {previous} {unit}, more than the {bound}-fold change that passes unchecked. Check it; if the value is right, explain it in the explanation cell.',
  'check.yoy_change.down':
    '{nameEn}, {year} actual {value} {unit} is only {ratio} times last year’s {previous} {unit}, a fall beyond the checked range (at least 1/{bound} of last year). Check it; if the value is right, explain it in the explanation cell.',
  'check.yoy_change.points_up':
    '{nameEn}, {year} actual {value}{unit} is {points} percentage points above last year’s {previous}{unit}, more than the {bound} points that pass unchecked. Check it; if the value is right, explain it in the explanation cell.',
  'check.yoy_change.points_down':
    '{nameEn}, {year} actual {value}{unit} is {points} percentage points below last year’s {previous}{unit}, more than the {bound} points that pass unchecked. Check it; if the value is right, explain it in the explanation cell.',
  'check.sub_item_above_parent':
    'Sub-item {nameEn}, {year} actual {value} {unit} is above its parent {parentNameEn} ({parentValue} {parentUnit}); a sub-item cannot exceed the total. Check it; if the value is right, explain it in the explanation cell.',
  'check.increment_mismatch':
    '{nameEn}, {year}: reported {increment} {unit} new and {cumulative} {unit} cumulative, but the cumulative total rose by {change} {unit} from last year’s {previousCumulative} {unit}, which does not match the new count. Check it; if the values are right, explain them in the explanation cell.',
  'check.relative_target.above':
    '{nameEn}, {year} actual {value}{unit} is not above {companionName} ({companionValue}{companionUnit}): the target “{target}” is not met. Check it; if the value is right, explain it in the explanation cell.',
  'check.relative_target.at_least':
    '{nameEn}, {year} actual {value}{unit} is below {required}{unit} ({companionName}: {companionValue}{companionUnit}): the target “{target}” is not met. Check it; if the value is right, explain it in the explanation cell.',
  'check.relative_target.below':
    '{nameEn}, {year} actual {value}{unit} is not below {companionName} ({companionValue}{companionUnit}): the target “{target}” is not met. Check it; if the value is right, explain it in the explanation cell.',
  'check.relative_target.at_most':
    '{nameEn}, {year} actual {value}{unit} is above {required}{unit} ({companionName}: {companionValue}{companionUnit}): the target “{target}” is not met. Check it; if the value is right, explain it in the explanation cell.',
  'check.joint_decline':
    'In {year}, {name1En} fell from {previous1}{unit1} to {value1}{unit1} and {name2En} fell from {previous2}{unit2} to {value2}{unit2}: both fell, which the assessment sanctions with “{consequence}”. Check them; if the values are right, explain them in the explanation cell.',
  'check.joint_decline.no_consequence':
    'In {year}, {name1En} fell from {previous1}{unit1} to {value1}{unit1} and {name2En} fell from {previous2}{unit2} to {value2}{unit2}: both fell, against the plan’s rule. Check them; if the values are right, explain them in the explanation cell.',
  'check.joint_decline.many':
    'In {year} these indicators all fell from the year before: {names}, against the plan’s rule. Check them; if the values are right, explain them in the explanation cell.',
  'check.rule_error':
    'The check “{rule}” failed to run ({detail}); this item was not checked and the result cannot be relied on. Report this message to the system administrator.',
  'structure.id_missing': 'Row {row}: the hidden indicator id is empty or was edited, so the row cannot be identified. Do not change the sheet’s structure; restore the row from the original sheet.',
  'structure.id_duplicated': 'Indicator id {id} appears again in row {row} (already in row {firstRow}). Delete the copied row.',
  'structure.id_unknown': 'Row {row}: indicator id {id} does not belong to this sheet. Do not insert rows or edit the hidden id column.',
  'structure.row_missing': 'The row of indicator {nameEn} (id {id}) is missing; it may have been deleted. Restore it from the original sheet.',
  'structure.row_moved': 'Row {row} ({nameEn}) was moved: it is indicator no. {expectedPosition} in the original sheet and is now no. {position}. Restore the original order.',
  'structure.row_renamed': 'Row {row}: the indicator name “{found}” differs from the original “{expectedName}”; it was edited or rows were shifted. Restore the original name.',
  'structure.unit_changed': 'Row {row} ({nameEn}): the unit “{found}” differs from the original “{expectedUnit}”. Restore the unit and report in it.',
  'structure.metadata_missing': 'Sheet “{sheet}” lacks the information written when it was generated (plan, region, year), so it cannot be identified. Fill in the sheet the system generated.',
  'structure.metadata_unreadable': 'Sheet “{sheet}”: the information written when it was generated was edited and cannot be read. Fill in the sheet the system generated.',
  'structure.header_changed': 'Sheet “{sheet}”: the table header was edited. Restore the original header.',
  'structure.merged_entry_cells': 'Sheet “{sheet}”: entry cells were merged. Unmerge them; each value goes into its own cell.',
  'structure.protection_removed': 'Sheet “{sheet}”: the sheet protection was removed and its structure may have been changed. Fill in the sheet the system generated.',
  'structure.external_reference': 'Sheet “{sheet}”: a cell refers to another workbook and will not calculate once sent. Enter the value directly.',
  'structure.sheet_renamed': 'The sheet was renamed to “{sheet}”. Restore its original name.',
};
