import type { InspectedFile } from '../binary/types.js'
import { muslFloor, type MuslFloor } from '../knowledge/musl-history.js'
import { isMuslLibc } from './libc-libraries.js'

/**
 * The musl release a dynamic musl binary needs: the lowest (of 1.1.24 … 1.2.5) exporting every non-weak undefined
 * symbol it imports (LFS64 names honoured), with the symbols that set it; null for other binaries. `missing` keeps
 * only names no musl exports when musl's libc is all the binary needs (otherwise another library may define them).
 */
export function muslFloorOf(facts: InspectedFile): MuslFloor | null {
  if (!facts.elf || facts.libc !== 'musl' || facts.interpreter === null) return null
  const names = facts.dynamicSymbols.filter((s) => !s.defined && s.binding !== 'WEAK' && s.name).map((s) => s.name)
  const floor = muslFloor(names)
  const onlyLibc = facts.needed.every(isMuslLibc)
  return onlyLibc ? floor : { ...floor, missing: [] }
}

/** "musl ≥ 1.2.5 (statx)"; "musl (1.1.24 or older suffices)" when nothing newer is needed. */
export function describeMuslNeed(floor: MuslFloor, max = 4): string {
  const oldest = floor.symbols.length === 0
  const syms = floor.symbols.length > max ? `${floor.symbols.slice(0, max).join(', ')}, …` : floor.symbols.join(', ')
  const need = oldest ? `musl (${floor.version} or older suffices)` : `musl ≥ ${floor.version} (${syms})`
  return floor.missing.length ? `${need}; no musl release exports ${floor.missing.slice(0, max).join(', ')}` : need
}
