import { fstatSync } from 'node:fs'
import { describeMuslNeed, muslFloorOf } from '../../abi/musl-floor.js'
import { pendingSymbolTable } from '../../elf/analyse.js'
import { writeInspectDocument } from '../../elf/json.js'
import type { InspectedFile } from '../../binary/types.js'
import { inspectFile } from '../../io/inspect-file.js'
import { ExitCode } from '../../errors/index.js'
import { parseCommandLine, reportingErrors } from '../command.js'
import { printOut, safeText } from '../output.js'

/** One file's human-readable account. */
export function describe(f: InspectedFile): string {
  const lines: string[] = [`${safeText(f.path)}:`]
  const add = (label: string, value: string): void => {
    lines.push(`  ${label.padEnd(12)}${value}`)
  }
  if (f.elf) {
    add(
      'format',
      `ELF${f.elf.class} ${f.elf.endian}-endian ${f.elf.type} ${f.elf.machine}${f.elf.arch ? ` (${f.elf.arch})` : ''}, ${f.elf.osabi}`,
    )
    add(
      'linkage',
      `${f.linkage ?? 'n/a'}${f.pie ? ', PIE' : ''}${f.bindNow ? ', BIND_NOW' : ''}${f.stripped ? ', stripped' : ''}`,
    )
    add('libc', f.libc + (f.abiTag ? ` (ABI tag ${safeText(f.abiTag.os)} ≥ ${safeText(f.abiTag.kernel)})` : ''))
    if (f.interpreter !== null) add('loader', safeText(f.interpreter))
    if (f.soname !== null) add('soname', safeText(f.soname))
    if (f.needed.length) add('needs', f.needed.map((n) => safeText(n)).join(', '))
    if (f.rpath.length) add('rpath', f.rpath.map((n) => safeText(n)).join(':'))
    if (f.runpath.length) add('runpath', f.runpath.map((n) => safeText(n)).join(':'))
    for (const [family, version] of Object.entries(f.requires)) {
      const by = f.requiredBy[family] ?? []
      const shown = by
        .slice(0, 5)
        .map((n) => safeText(n, 80))
        .join(', ')
      add(
        family === 'GLIBC' ? 'glibc' : 'requires',
        `${safeText(family)} ${safeText(version)}${by.length ? ` (set by ${shown}${by.length > 5 ? `, +${by.length - 5} more` : ''})` : ''}`,
      )
    }
    const musl = muslFloorOf(f)
    if (musl) add('musl', `needs ${describeMuslNeed(musl)}`)
    if (f.versionDefs.length) add('defines', `${f.versionDefs.length} version node(s)`)
    // Counted from the raw table while it is undecoded (decoding 171k symbols of a large binary takes 100+ ms).
    const table = pendingSymbolTable(f)
    const total = table ? table.length : f.dynamicSymbols.length
    const undefinedCount = table ? table.countUndefined() : f.dynamicSymbols.filter((s) => !s.defined).length
    add('symbols', `${total} dynamic (${undefinedCount} undefined)`)
    if (f.x86IsaLevel !== null) add('x86 ISA', f.x86IsaLevel === 1 ? 'baseline' : `x86-64-v${f.x86IsaLevel}`)
    if (f.buildId !== null) add('build-id', f.buildId)
    if (f.go) {
      const cgo = f.go.settings['CGO_ENABLED']
      add(
        'go',
        `${safeText(f.go.version)}${cgo !== undefined ? `, CGO_ENABLED=${safeText(cgo)}` : ''}${f.go.path ? `, ${safeText(f.go.path)}` : ''}`,
      )
    }
  }
  if (f.error)
    add(
      'error',
      `${f.error.code}: ${safeText(f.error.message)}${f.error.offset !== null ? ` (at offset ${f.error.offset})` : ''}`,
    )
  for (const w of f.warnings.slice(0, 5)) add('warning', safeText(w))
  if (f.warnings.length > 5) add('warning', `… ${f.warnings.length - 5} more`)
  return lines.join('\n')
}

/**
 * Writes chunks to stdout. Files, /dev/null and terminals take each write synchronously, so the writer may reuse a
 * chunk's memory at once; a pipe or socket may keep a chunk queued, so it gets a copy.
 */
function stdoutSink(): (chunk: Uint8Array) => void {
  let synchronous = false
  try {
    const st = fstatSync(1)
    synchronous = st.isFile() || st.isCharacterDevice()
  } catch {
    synchronous = false
  }
  return synchronous
    ? (chunk) => void process.stdout.write(chunk)
    : (chunk) => void process.stdout.write(Buffer.from(chunk))
}

/** Arguments that are only `--json` and plain file names, which need no option parser; null for anything else. */
function plainArguments(argv: string[]): { files: string[]; json: boolean } | null {
  const files: string[] = []
  let json = false
  for (const a of argv) {
    if (a === '--json') json = true
    else if (a.length > 0 && !a.startsWith('-')) files.push(a)
    else return null
  }
  return files.length > 0 ? { files, json } : null
}

/** Parses argv with commander (loaded only here: it costs milliseconds a plain `inspect FILE` need not pay). */
async function parseArguments(argv: string[]): Promise<{ files: string[]; json: boolean } | number> {
  const { Command } = await import('commander')
  const cmd = new Command('abigap inspect')
    .description('ELF facts: linkage, loader, needed libraries, symbol versions, Go build info')
    .option('--json', 'print one JSON document (schemaVersion 1)')
    .argument('<file...>', 'files to analyse')
  const ended = parseCommandLine(cmd, argv)
  if (ended !== null) return ended
  return { files: cmd.processedArgs[0] as string[], json: Boolean(cmd.opts<{ json?: boolean }>().json) }
}

/** `abigap inspect [--json] FILE...`: ELF facts per file; exit 0 when all were analysed, 1 otherwise, 2 on usage errors. */
export const run = reportingErrors(inspectCommand)

async function inspectCommand(argv: string[]): Promise<number> {
  const args = plainArguments(argv) ?? (await parseArguments(argv))
  if (typeof args === 'number') return args
  const { files, json } = args
  const results = files.map((f) => inspectFile(f))
  if (json) {
    writeInspectDocument(results, stdoutSink())
  } else {
    printOut(results.map(describe).join('\n\n') + '\n')
  }
  return results.some((r) => r.error !== null) ? ExitCode.findings : ExitCode.ok
}
