// The outcomes a builder returns (a built binary, a failed build, an infrastructure failure) and the facts both
// builders check on what go build wrote.
import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import path from 'node:path'
import type { AbiGap } from '../abi/types.js'
import type { BuildDiagnostic, PlannedVariant } from '../matrix/types.js'
import type { BuildOutcome } from './types.js'

/** What a build record says about how the build ran. */
export interface BuildFields {
  command: string[]
  env: Record<string, string>
  durationMs: number
  log: string
  diagnostics: BuildDiagnostic[]
}

/** The file name of the built binary: the package's last path element (the module directory for "."). */
export function binaryName(pkg: string, moduleRoot: string): string {
  const last = pkg.replace(/\/+$/, '').split('/').pop() ?? ''
  const name = last === '.' || last === '' || last === '...' ? path.basename(moduleRoot) : last
  return name.replace(/[^A-Za-z0-9._-]/g, '_') || 'app'
}

/** True when the file starts with the ELF magic (`go build -o` of a non-main package writes an ar archive). */
export function isElfExecutable(file: string): boolean {
  if (!existsSync(file)) return false
  const fd = openSync(file, 'r')
  try {
    const magic = Buffer.alloc(4)
    readSync(fd, magic, 0, 4, 0)
    return magic.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))
  } finally {
    closeSync(fd)
  }
}

/** A failed build record (no binary) with its diagnostics. */
export function failedBuild(variant: PlannedVariant, fields: BuildFields): BuildOutcome {
  const first = fields.diagnostics[0]
  const gap: AbiGap = {
    kind: 'build-failed',
    severity: 'error',
    message: `${variant.name} failed to build${first ? `: ${first.message}` : ''}`,
    locations: fields.diagnostics
      .filter((d) => d.file && d.line)
      .slice(0, 10)
      .map((d) => ({
        file: d.file as string,
        line: d.line as number,
        column: d.column ?? undefined,
        reason: 'compiler',
      })),
  }
  return {
    record: { variant: variant.name, status: 'failed', binary: null, gaps: [gap], floor: null, ...fields },
    binaryPath: null,
    infrastructureError: null,
  }
}

/** A failed build that is the machinery's fault (engine, image, transport): the message is also the outcome's error. */
export function infrastructureFailure(
  variant: PlannedVariant,
  fields: Omit<BuildFields, 'diagnostics'>,
  message: string,
): BuildOutcome {
  const diagnostics = [{ file: null, line: null, column: null, message }]
  return { ...failedBuild(variant, { ...fields, diagnostics }), infrastructureError: message }
}

/** A successful build: the binary at `binary`; diagnostics only those with a place in the source (warnings). */
export function builtBinary(variant: PlannedVariant, binary: string, fields: BuildFields): BuildOutcome {
  return {
    record: {
      variant: variant.name,
      status: 'ok',
      binary,
      durationMs: fields.durationMs,
      command: fields.command,
      env: fields.env,
      diagnostics: fields.diagnostics.filter((d) => d.file !== null),
      gaps: [],
      log: fields.log,
      floor: null,
    },
    binaryPath: binary,
    infrastructureError: null,
  }
}
