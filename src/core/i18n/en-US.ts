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
  'file.not_xlsx': 'This file is not an Excel workbook (.xlsx) and cannot be read. Send the return the system generated, filled in and saved as .xlsx.',
  'file.encrypted': 'This workbook has a password to open and cannot be read. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it) and send it again.',
  'file.encrypted.xls': 'This is an old Excel 97-2003 workbook (.xls) and cannot be read. Save it as .xlsx in Excel or WPS (Save As) and send it again.',
  'file.encrypted.other': 'This file is an encrypted workbook or an old Office file, not an .xlsx workbook, and cannot be read. Remove any password, save it as .xlsx and send it again.',
  'file.corrupt': 'This workbook is damaged or incomplete (a download, copy or transfer may have been interrupted) and cannot be read. Save it again or send the original file again.',
  'file.too_large': 'The file is {size} MB, over the {limit} MB allowed, and was not read. A return is never that large: check for pasted images or unrelated material.',
  'file.zip_bomb': 'This file expands to more than {limit} MB, far more than a return, and was not read, for safety. Send the return the system generated.',
  'file.too_many_rows': 'Sheet “{sheet}” extends beyond the {limit} rows allowed (to row {rows}) and was not read, so that the program does not stall. Delete the surplus rows and send it again.',
  'file.too_many_rows.cells': 'In sheet “{sheet}”, merged cells or data validations cover {cells} cells, over the {limit} allowed; the file was not read, so that the program does not stall. Remove merges and validations over whole rows or columns and send it again.',
  'file.no_reporting_sheet': 'The workbook holds no indicator reporting sheet (a sheet with the generated table header: indicator name, unit, explanation, indicator id…). Send the return the system generated.',
  'annotate.error': '[Error] {rule}',
  'annotate.warning': '[Warning] {rule}',
  'annotate.warning_explained': '[Warning, explained] {rule}',
  'annotate.value': 'Entered: {value}',
  'annotate.expected': 'Expected: {expected}',
  'regenerate.metadata_missing': 'Sheet “{sheet}” lacks the information written when it was generated (plan, region, year), so it cannot be regenerated under the current catalog.',
  'regenerate.unknown_plan': 'The plan “{plan}” of this return is not in the current catalog, so the return cannot be regenerated.',
  'import.no_header': 'No indicator table header found in the selection: one row should head the column of indicator names. Select the whole table, header included, and import again.',
  'import.no_rows': 'There are no indicator rows under the header. Select the whole table, its rows included, and import again.',
  'import.unreadable_value': '{cell}: “{text}” ({name}, {header}) is not a value notation the plans use; it was not imported. Check it against the document, rewrite it and import again.',
  'import.value_unit_mismatch': '{cell}: the unit “{typedUnit}” of “{text}” does not convert into the unit “{unit}” of {name}; it was not imported. Check it against the document.',
  'import.unknown_unit': '{cell}: “{unit}” in the brackets ending the name “{name}” is not a known unit; it stays part of the name and the indicator is imported without a unit. Check it.',
  'import.unknown_unit_column': '{cell}: the unit “{unit}” ({name}) is not a known unit; the indicator is imported without a unit. Check it.',
  'import.unknown_attribute': '{cell}: the attribute “{text}” ({name}) is neither “expected” nor “binding”, the two attributes plans print; it was not imported.',
  'import.year_missing': '{cell}: the header “{header}” names no year, so the values of its column cannot be placed and were not imported. Write the year into the header (e.g. 2020) and import again.',
  'import.column_ignored': '{cell}: the column headed “{header}” is not one the import knows; its contents were not imported.',
  'import.column_unheaded': '{cell}: “{text}” is in a column without a header; the column’s contents were not imported.',
  'import.name_missing': '{cell}: the row has no indicator name (it holds “{text}”); it was not imported.',
  // ---- the office-js adapter (src/excel) ----
  'excel.requirement.data_validation': 'This version of Excel is too old (no ExcelApi 1.8 data validation): the add-in cannot generate the return in the workbook. Use “Download .xlsx return” and fill it in Excel or WPS.',
  'excel.requirement.conditional_formats': 'This version of Excel has no conditional formats (ExcelApi 1.6): rows are not coloured by progress.',
  'excel.requirement.print_setup': 'This version of Excel has no page setup (ExcelApi 1.9): orientation, scaling, title rows, footer and the indent of sub-items were not written; set them under Page Layout before printing.',
  'excel.requirement.comments': 'This version of Excel has no comments (ExcelApi 1.10): findings are marked by cell colour and a thick border only, and the notes on target cells are not shown.',
  'excel.requirement.notes': 'This version of Excel has no notes (ExcelApi 1.18): findings and cell notes are written as comments instead.',
  'excel.sheet_exists': 'The workbook already has a sheet named “{sheets}”. Confirm that it may be replaced (it will be deleted), or choose another name.',
  'excel.workbook_protected': 'The workbook’s structure is protected: sheets cannot be added, deleted or renamed. Unprotect it under Review > Protect Workbook first.',
  'excel.unsupported_host': 'This version of Excel is too old to generate the return in the workbook. Use “Download .xlsx return” instead.',
  'excel.sheet_missing': 'The sheet “{sheet}” cannot be found; it may have been deleted or renamed.',
  'excel.selection_too_large': 'The selection is too large ({size} cells). Select only the table to import.',
  'excel.note.heading': '[Review findings]',
  'file.unreadable': 'The file cannot be opened ({detail}). Check that it exists, is not open in another program, and can be read.',
  'consolidate.region_missing': '{region} ({detail}) sent no return; the consolidation leaves it out.',
  'consolidate.other_plan': '{source}: {region} reported against another plan ({detail}); not consolidated.',
  'consolidate.other_year': '{source}: {region} reported for {detail}, not the year being consolidated; not consolidated.',
  'consolidate.duplicate_region': '{source}: {region} reported twice ({detail} was used); this file is not consolidated.',
  'consolidate.no_metadata': '{source}: sheet “{detail}” lacks the information written when it was generated (region, plan, year); not consolidated.',
  'consolidate.unexpected_region': '{source}: {region} ({detail}) is outside the regions being consolidated but was included; please check.',
};
