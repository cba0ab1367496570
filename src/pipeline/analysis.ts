// The one adapter between the pipeline and the gap engine (src/abi), the knowledge base and the source index.
import { checkBinary, computeFloor, type SourceIndex } from '../abi/index.js'
import type { CheckResult, Floor } from '../abi/types.js'
import type { BuildOutcome } from '../build/types.js'
import type { MatrixPlan } from '../matrix/types.js'
import type { ResolvedProfile } from './profiles.js'
import type { InspectedFile } from '../binary/types.js'
import { attributeImports, type DependencySource } from '../abi/origins.js'
import { indexSource } from '../io/source-index.js'
import { embeddedProfiles } from '../knowledge/index.js'
import type { TargetProfile } from '../knowledge/types.js'
import type { MatrixCell } from '../report/types.js'

/** The source index the gap engine uses to locate gaps in the user's tree. */
export type SourceIndexLike = SourceIndex

/** Indexes the module's sources for gap locations; null (with no error) when that fails. */
export async function loadSourceIndex(moduleRoot: string): Promise<SourceIndexLike | null> {
  try {
    return await indexSource(moduleRoot)
  } catch {
    return null
  }
}

const embeddedByArch = new Map<string, TargetProfile[]>()

/** The libc floor of a binary against the embedded profiles of its architecture. */
export function floorOf(f: InspectedFile, arch: string): Floor | null {
  let profiles = embeddedByArch.get(arch)
  if (!profiles) {
    profiles = embeddedProfiles(arch)
    embeddedByArch.set(arch, profiles)
  }
  try {
    return computeFloor(f, profiles)
  } catch {
    return null
  }
}

/** What the gap engine reads about one binary besides its facts and the target's profile. */
export interface CellInputs {
  source: SourceIndexLike | null
  /** NSS entry points of a static glibc binary (src/io/static-nss.ts). */
  staticNssSymbols: string[]
  /** Sources of its Go dependencies' C, for origins (loadDependencySources). */
  dependencies: DependencySource[]
  /** The host's musl-gcc release (src/build/musl-toolchain.ts), null when not known. */
  muslToolchain: string | null
}

/** The static verdict of one binary on one target; without a profile, an 'unknown' cell with the reason. */
export function analyseCell(
  f: InspectedFile,
  profile: TargetProfile | null,
  targetName: string,
  reason: string | null,
  inputs: CellInputs,
): CheckResult {
  if (!profile) {
    return {
      file: f.path,
      target: targetName,
      verdict: 'unknown',
      gaps: [{ kind: 'unanalysable', severity: 'warning', message: reason ?? `no profile for ${targetName}` }],
      profile: { source: 'embedded', libc: { flavor: 'unknown', version: null }, confidence: 'low' },
    }
  }
  const { source, staticNssSymbols, dependencies, muslToolchain } = inputs
  return checkBinary(f, profile, {
    ...(source ? { source } : {}),
    targetName,
    staticNssSymbols,
    dependencies,
    muslToolchain,
  })
}

/** The module-cache sources of a cgo binary's dependencies, read only when the main source leaves a symbol unplaced. */
export async function loadDependencySources(
  f: InspectedFile,
  source: SourceIndexLike | null,
  read: (f: InspectedFile) => Promise<DependencySource[]>,
): Promise<DependencySource[]> {
  if (f.go?.settings.CGO_ENABLED !== '1' || !f.go.deps.length) return []
  const unplaced = attributeImports({ facts: f, source }).some(
    (s) => s.origin.kind === 'unknown' || s.origin.kind === 'c-library',
  )
  return unplaced ? read(f) : []
}

/** The static verdicts of one built variant on each of its planned targets, as report cells (not run yet). */
export function analyseCells(
  plan: MatrixPlan,
  o: BuildOutcome,
  f: InspectedFile,
  profiles: Map<string, ResolvedProfile>,
  inputs: CellInputs,
): MatrixCell[] {
  return plan.cells
    .filter((c) => c.variant === o.record.variant)
    .map((c) => {
      const resolved = profiles.get(c.target)
      const result: CheckResult = analyseCell(f, resolved?.profile ?? null, c.target, resolved?.reason ?? null, inputs)
      return {
        ...result,
        file: o.record.binary as string,
        target: c.target,
        variant: c.variant,
        run: null,
        agreement: 'not-run' as const,
      }
    })
}
