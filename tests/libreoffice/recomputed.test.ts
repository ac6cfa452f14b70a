/**
 * Returns recomputed by LibreOffice and read back: suites, each in its own file under recomputed/, whose returns go
 * through one soffice run (`soffice --convert-to xlsx`, which loads, recalculates and saves) and whose files opened,
 * edited and saved as a person does go through one more (macro Jobs, tests/support/libreoffice/openEditSave.ts). A
 * run that opens documents costs some 5 s of CPU before its first document: one run of each kind instead of one per
 * suite (decisions 0252, 0280).
 * Each suite's top-level beforeAll writes its files and queues them (`convertLater`, `openEditSaveLater`,
 * `saveAsLater`, `typeAndMarkLater`); the beforeAll below, registered after theirs, converts them all, then runs the
 * macro jobs, and hands each suite its outputs before any test runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runQueuedJobs } from '../support/libreoffice/openEditSave';
import { conversionProfile, convertQueued } from '../support/soffice';
import './recomputed/roundTrip.suite';
import './recomputed/edgeJudgement.suite';
import './recomputed/oneStatus.property.suite';
import './recomputed/libreofficeComputes.suite';
import './recomputed/benignResaved.suite';
import './recomputed/constantsResaved.suite';
import './recomputed/countEntry.suite';
import './recomputed/notQuiteReturns.suite';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-recomputed-'));
beforeAll(async () => {
  // roundTrip's 70 returns are in the conversion: its timeout (480 s) for the run, and the file's (900 s) for all.
  await convertQueued(dir, 'xlsx', [], 480_000);
  // The conversion's profile: no start of its own to make one.
  await runQueuedJobs(dir, conversionProfile(dir));
}, 900_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
