import { computeAttainment, type Attainment, type AttainmentInput, type TargetSpec } from '../../../../src/core/attainment/index';

/** A higher-is-better target set in 2025 from a 2020 baseline, reported in 2023 (序时进度 0.6). */
export function input(target: TargetSpec, actual: AttainmentInput['actual'], overrides: Partial<AttainmentInput> = {}): AttainmentInput {
  return { target, direction: 'higher', baseline: null, targetYear: 2025, reportingYear: 2023, actual, ...overrides };
}

export function attain(target: TargetSpec, actual: AttainmentInput['actual'], overrides: Partial<AttainmentInput> = {}): Attainment {
  return computeAttainment(input(target, actual, overrides));
}

export const statusOf = (target: TargetSpec, actual: AttainmentInput['actual'], overrides: Partial<AttainmentInput> = {}) =>
  attain(target, actual, overrides).status;
