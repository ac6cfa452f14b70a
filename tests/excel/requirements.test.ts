import { translate } from '../../src/core/i18n';
import { hostSupport, requirementStatus } from '../../src/excel';
import { EVERYTHING, OFFICE_2019, OFFICE_2021 } from '../support/excel/measureWrite';
import { OfficeMockObject } from '../support/excel/officeMock';

describe('requirementStatus', () => {
  it('on an old host (ExcelApi 1.7, Office 2019) says it cannot write sheets, and what else is missing, in Chinese', () => {
    const status = requirementStatus(OFFICE_2019);
    expect(status).toMatchObject({ canWriteSheets: false, conditionalFormats: true, printSetup: false, comments: false, notes: false, annotation: 'fill' });
    expect(status.missing.map((missing) => `${missing.set} ${missing.version}`)).toEqual(['ExcelApi 1.8', 'ExcelApi 1.9', 'ExcelApi 1.10', 'ExcelApi 1.18']);
    const code = status.missing[0]?.code;
    if (code === undefined) throw new Error('nothing missing');
    const first = translate('zh-CN', code);
    expect(first).toContain('.xlsx');
    expect(first).toMatch(/数据有效性/u);
    expect(translate('en-US', code)).toContain('.xlsx');
  });

  it('on Office 2021 (ExcelApi 1.14) lacks only notes, and annotates with comments', () => {
    const status = requirementStatus(OFFICE_2021);
    expect(status.missing.map((missing) => missing.code)).toEqual(['excel.requirement.notes']);
    expect(status.annotation).toBe('comments');
  });

  it('on Microsoft 365 lacks nothing', () => {
    expect(requirementStatus(EVERYTHING)).toMatchObject({ canWriteSheets: true, annotation: 'notes', missing: [] });
  });

  it('treats a host that cannot answer as supporting nothing', () => {
    expect(requirementStatus(() => { throw new Error('no requirements API'); }).canWriteSheets).toBe(false);
  });
});

describe('hostSupport', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('asks Office.context.requirements when office.js is loaded', () => {
    const asked: string[] = [];
    (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
      context: { requirements: { isSetSupported(set: string, version: string) { asked.push(`${set} ${version}`); return version !== '1.18'; } } },
    });
    const status = requirementStatus(hostSupport());
    expect(status.missing.map((missing) => missing.version)).toEqual(['1.18']);
    expect(asked).toContain('ExcelApi 1.8');
  });

  it('supports nothing outside Office (browser mode)', () => {
    expect(hostSupport()('ExcelApi', '1.1')).toBe(false);
  });
});
