import type { InspectedFile } from '../elf/types.js'
import type { TargetProfile } from '../knowledge/types.js'
import { checkBinary } from './check-binary.js'
import type { Floor } from './types.js'

/**
 * The lowest libc a binary needs (glibc: its highest GLIBC_ need; musl: any musl; static: none) and the known images
 * it runs on / does not run on, by checking it against every given profile (usually the embedded ones).
 */
export function computeFloor(facts: InspectedFile, profiles: TargetProfile[]): Floor {
  const isStatic = facts.elf !== null && facts.interpreter === null && facts.needed.length === 0
  let libc: Floor['libc']
  if (!facts.elf) libc = { flavor: 'unknown', version: null }
  else if (isStatic) libc = { flavor: 'none', version: null }
  else if (facts.libc === 'glibc') libc = { flavor: 'glibc', version: facts.requires.GLIBC ?? null }
  else libc = { flavor: facts.libc, version: null }
  const runsOn: string[] = []
  const notOn: string[] = []
  for (const p of profiles) {
    const r = checkBinary(facts, p)
    if (r.verdict === 'compatible') runsOn.push(p.image)
    else if (r.verdict === 'incompatible') notOn.push(p.image)
  }
  return { file: facts.path, libc, runsOn, notOn }
}

/** "runs on glibc ≥ 2.34: almalinux:9, debian:12, …; not on centos:7, debian:11, …" (names capped). */
export function describeFloor(floor: Floor, max = 8): string {
  const list = (xs: string[]) =>
    xs.length > max ? `${xs.slice(0, max).join(', ')}, … (+${xs.length - max})` : xs.join(', ')
  const need =
    floor.libc.flavor === 'none'
      ? 'needs no libc (static)'
      : floor.libc.flavor === 'glibc'
        ? `needs glibc ≥ ${floor.libc.version ?? '?'}`
        : `needs ${floor.libc.flavor}`
  const on = floor.runsOn?.length ? `; runs on ${list(floor.runsOn)}` : ''
  const off = floor.notOn?.length ? `; not on ${list(floor.notOn)}` : ''
  return `${need}${on}${off}`
}
