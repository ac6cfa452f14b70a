/**
 * A return whose _meta was edited to claim another county (柯桥区's file claiming to be 诸暨市's) is rejected by the
 * checks (its frame still says 柯桥区). Consolidated beside 诸暨市's own return, it used to displace that return when
 * its file came first, and either way lent its held-back rows to 诸暨市 (held back by region code): all 30 of 诸暨市's
 * values were 待核实 and out of the total, though its own return passed. The county's return that passed is the one
 * counted, whatever the order of the files, and the rejected copy is named as given twice; annex's completion table
 * is made from the same return.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keptSampleReturn } from '../support/keptSampleReturn';
import { HIGHTECH_PLAN, planOf, realCatalog } from '../support/hardening/damagedReturns';
import { PackageEdit } from '../support/hardening/packageEdit';
import { cli } from '../support/cli';

const KEQIAO = { name: '绍兴市柯桥区', code: '330603' };
const ZHUJI = { name: '诸暨市', code: '330681' };
const region = (r: { name: string; code: string }) => `{&quot;name&quot;:&quot;${r.name}&quot;,&quot;code&quot;:&quot;${r.code}&quot;}`;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimed-county-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a rejected return claiming another county never displaces nor taints that county\'s own return', () => {
  it.each([
    ['the claiming file named first', '0-诸暨市.xlsx'],
    ['the claiming file named last', 'z-诸暨市.xlsx'],
  ])('%s', async (_title, claimingName) => {
    const plans = [planOf(HIGHTECH_PLAN)];
    const own = await keptSampleReturn({ region: ZHUJI, plans, loaded: realCatalog(), reportingYear: 2025, seed: 7 });
    const claiming = new PackageEdit(await keptSampleReturn({ region: KEQIAO, plans, loaded: realCatalog(), reportingYear: 2025, seed: 8 }))
      .change('xl/sharedStrings.xml', (xml) => xml.replace(region(KEQIAO), region(ZHUJI)));
    fs.writeFileSync(path.join(dir, '诸暨市.xlsx'), own);
    fs.writeFileSync(path.join(dir, claimingName), claiming.bytes());

    const checked = await cli(['check', path.join(dir, claimingName)]);
    expect(checked.status).toBe(2);

    const { status, stdout } = await cli(['consolidate', dir, '--plan', HIGHTECH_PLAN, '--year', '2025', '-o', path.join(dir, 'out', '绍兴市.xlsx')]);
    expect(status).toBe(1);
    expect(stdout).toContain(`${path.join(dir, claimingName)}：诸暨市重复报送（已使用 ${path.join(dir, '诸暨市.xlsx')}），本文件未汇总。`);
    expect(stdout).not.toMatch(/诸暨市有 \d+ 个数值未通过校验/u);

    // annex --returns takes the same return for the county's completion table, by the same rule (takenFirst).
    const annex = await cli(['annex', '--plan', HIGHTECH_PLAN, '--returns', dir, '-o', path.join(dir, 'out', '附表.xlsx')]);
    expect(annex.status).toBe(1);
    expect(annex.stderr).toContain(`· ${path.join(dir, claimingName)}：诸暨市2025年的报表重复报送（已使用 ${path.join(dir, '诸暨市.xlsx')}），未再生成完成情况表。`);
    expect(annex.stderr).not.toMatch(/诸暨市有 \d+ 个数值未通过校验/u);
  });

  it('two returns of one county that both passed: the first is counted, as before', async () => {
    const plans = [planOf(HIGHTECH_PLAN)];
    fs.writeFileSync(path.join(dir, 'a.xlsx'), await keptSampleReturn({ region: ZHUJI, plans, loaded: realCatalog(), reportingYear: 2025, seed: 7 }));
    fs.writeFileSync(path.join(dir, 'b.xlsx'), await keptSampleReturn({ region: ZHUJI, plans, loaded: realCatalog(), reportingYear: 2025, seed: 9 }));
    const { stdout } = await cli(['consolidate', dir, '--plan', HIGHTECH_PLAN, '--year', '2025', '-o', path.join(dir, 'out', '绍兴市.xlsx')]);
    expect(stdout).toContain(`${path.join(dir, 'b.xlsx')}：诸暨市重复报送（已使用 ${path.join(dir, 'a.xlsx')}）`);
  });
});
