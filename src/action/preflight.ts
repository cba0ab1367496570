// Checks before any work: Go on PATH for host builds (a clear message instead of a failed build).
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'
import type { MatrixPlan } from '../matrix/types.js'
import { UserError } from '../errors/user-error.js'

/** A missing tool the action needs: reported as one clear error. */
export class ToolMissingError extends UserError {
  override name = 'ToolMissingError'
  constructor(message: string) {
    super('tool', message)
  }
}

/** Finds an executable on PATH, or null. */
function findOnPath(name: string, envPath: string | undefined): string | null {
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // not here
    }
  }
  return null
}

/** Throws ToolMissingError when a host-built variant needs Go and there is none on PATH. */
export function checkGoForHostBuilds(plan: MatrixPlan, envPath: string | undefined): void {
  const hostVariants = plan.variants.filter((v) => v.builder === 'host')
  if (!hostVariants.length || findOnPath('go', envPath)) return
  throw new ToolMissingError(
    `Go is not on PATH, and variant(s) ${hostVariants.map((v) => v.name).join(', ')} build on the host: add actions/setup-go before this step, or set 'builder' to a Go builder image`,
  )
}
