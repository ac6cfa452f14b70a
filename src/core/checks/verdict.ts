/**
 * The acceptance policy, in one place: a sheet's verdict from its findings' counts, and a return's verdict over
 * its sheets (the worst sheet wins). The CLI, the pane and consolidation all take their verdicts from here.
 */
export type Verdict = 'accepted' | 'accepted_with_explanations' | 'rejected';

export const VERDICTS: readonly Verdict[] = ['accepted', 'accepted_with_explanations', 'rejected'];

export interface VerdictCounts {
  errors: number;
  warnings: number;
  unexplainedWarnings: number;
}

/** accepted: nothing found; accepted_with_explanations: only warnings, each explained; rejected otherwise. */
export function verdictOf(counts: VerdictCounts): Verdict {
  if (counts.errors > 0 || counts.unexplainedWarnings > 0) return 'rejected';
  return counts.warnings === 0 ? 'accepted' : 'accepted_with_explanations';
}

/** A return's verdict: its worst sheet's; accepted for no sheet. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, verdict) => (VERDICTS.indexOf(verdict) > VERDICTS.indexOf(worst) ? verdict : worst), 'accepted');
}
