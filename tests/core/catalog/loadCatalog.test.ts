/**
 * A plan file whose id the package's own catalog already holds — a catalog kept in a workbook the pane opens, which a
 * county can edit — is left out with its problem reported: it can neither stand in for the shipped plan nor sit
 * beside it under the same id.
 */
import fs from 'node:fs';
import path from 'node:path';
import { catalogFilesIn } from '../../../src/cli/catalogFiles';
import { CATALOG_DIR } from '../../../src/cli/paths';
import { loadCatalog } from '../../../src/core/catalog';

const PLAN = 'zj-hightech-industry-2021-2025';
const texts = catalogFilesIn(CATALOG_DIR).map((file) => ({ file: path.basename(file), text: fs.readFileSync(file, 'utf8') }));
const shipped = texts.find((text) => text.file === `${PLAN}.yaml`)!;

describe('loadCatalog: one plan per id, the first file holding it', () => {
  it('leaves out a later file reusing a shipped plan id with other targets, and says so', () => {
    const firstRaw = /raw: (\S+)/u.exec(shipped.text)![1]!;
    const forged = { file: 'imported-forged.yaml', text: shipped.text.replace(`raw: ${firstRaw}`, 'raw: "1"') };
    expect(forged.text).not.toBe(shipped.text);
    const alone = loadCatalog(texts);
    const withForged = loadCatalog([...texts, forged]);
    const plans = withForged.catalog.plans.filter((plan) => plan.plan.id === PLAN);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toEqual(alone.catalog.plans.find((plan) => plan.plan.id === PLAN));
    expect(withForged.catalog.plans).toHaveLength(alone.catalog.plans.length);
    expect(withForged.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'imported-forged.yaml', path: '/plan/id', code: 'catalog.duplicate_id' }),
    ]));
  });
});
