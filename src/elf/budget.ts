import { ElfError } from './errors.js'

/** Default total work units for one analysis: far above any real binary, small enough to end fast. */
export const DEFAULT_BUDGET = 50_000_000

/** One total-work budget shared by every walk of one analysis; exhausting it raises BUDGET_EXCEEDED. */
export class Budget {
  private left: number

  constructor(units: number = DEFAULT_BUDGET) {
    this.left = units
  }

  /** Charges `units` of work; throws ElfError('BUDGET_EXCEEDED') when the budget runs out. */
  spend(units: number, offset: number | null = null): void {
    this.left -= units
    if (!(this.left >= 0))
      throw new ElfError('BUDGET_EXCEEDED', 'work budget exceeded (hostile or absurd tables)', offset)
  }
}
