/**
 * Returns recomputed by LibreOffice (`soffice --convert-to xlsx`, which loads, recalculates and saves) and read back:
 * three suites, each in its own file under recomputed/, whose returns go through one soffice run (a run that opens
 * documents costs some 5 s of CPU before its first document: one run instead of three, decision 0252).
 * Each suite's top-level beforeAll writes its returns and queues them (`convertLater`); the beforeAll below, registered
 * after theirs, converts them all and hands each suite its outputs before any test runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertQueued } from '../support/soffice';
import './recomputed/edgeJudgement.suite';
import './recomputed/oneStatus.property.suite';
import './recomputed/libreofficeComputes.suite';
import './recomputed/benignResaved.suite';
import './recomputed/constantsResaved.suite';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-recomputed-'));
beforeAll(() => convertQueued(dir), 600_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
