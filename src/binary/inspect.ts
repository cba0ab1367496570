import { readElfInto, finishElfFacts, emptyElfFacts, type AnalyseOptions } from '../elf/analyse.js'
import type { ByteSource } from '../elf/types.js'
import { elfExeData } from '../gobuildinfo/elf-exe.js'
import { readGoBuildInfo } from '../gobuildinfo/read.js'
import { goArchOfMachine } from './arch.js'
import { inferLibc } from './libc.js'
import type { InspectedFile } from './types.js'

/** An InspectedFile with every fact empty, for `path` of `size` bytes. */
export function emptyInspectedFile(path: string, size: number): InspectedFile {
  const { warnings, ...elf } = emptyElfFacts(path, size)
  // Key order is the JSON document's: the ELF facts, then libc and go, then warnings.
  return { ...elf, libc: 'unknown', go: null, warnings }
}

/**
 * Inspects one binary read through `source`: its ELF facts (src/elf), its Go build info read through the ELF
 * segments (src/gobuildinfo) and the libc flavor they imply. Never throws: problems land in `.error`/`.warnings`.
 */
export function inspectBinary(source: ByteSource, path: string, opts: AnalyseOptions = {}): InspectedFile {
  const reading = readElfInto(source, emptyInspectedFile(path, 0), opts)
  const { file: out, layout } = reading
  if (layout === null) return finishElfFacts(reading)
  const arch = goArchOfMachine(layout.machine, layout.is64, layout.little)
  if (arch && out.elf) out.elf.arch = arch
  if (!reading.complete) return finishElfFacts(reading)
  try {
    try {
      out.go = readGoBuildInfo(elfExeData(layout), reading.warnings)
    } catch (e) {
      reading.record(e)
    }
    out.libc = inferLibc({
      interpreter: out.interpreter,
      needed: out.needed,
      soname: out.soname,
      needNames: out.versionNeeds.flatMap((n) => n.versions.map((v) => v.name)),
      defNames: out.versionDefs.map((d) => d.name),
      abiTag: out.abiTag,
      go: out.go,
      linkage: out.linkage,
      sectionNames: new Set(layout.sections.map((s) => s.name)),
    })
  } catch (e) {
    reading.record(e)
  }
  return finishElfFacts(reading)
}
