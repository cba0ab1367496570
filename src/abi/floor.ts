import type { InspectedFile } from '../binary/types.js'
import { describeMuslNeed, muslFloorOf } from './musl-floor.js'
import type { TargetProfile } from '../knowledge/types.js'
import { compareVersions } from '../knowledge/versions.js'
import { checkBinary } from './check-binary.js'
import type { Floor } from './types.js'

/**
 * The lowest libc a binary needs (glibc: its highest GLIBC_ need; musl: the release its imports need; static: none) and the known images
 * it runs on / does not run on, by checking it against every given profile (usually the embedded ones).
 */
export function computeFloor(facts: InspectedFile, profiles: TargetProfile[]): Floor {
  const isStatic = facts.elf !== null && facts.interpreter === null && facts.needed.length === 0
  let libc: Floor['libc']
  const musl = muslFloorOf(facts)
  if (!facts.elf) libc = { flavor: 'unknown', version: null }
  else if (musl) libc = { flavor: 'musl', version: musl.symbols.length ? musl.version : null }
  else if (isStatic) libc = { flavor: 'none', version: null }
  else if (facts.libc === 'glibc') libc = { flavor: 'glibc', version: facts.requires.GLIBC ?? null }
  else libc = { flavor: facts.libc, version: null }
  const runsOn: string[] = []
  const notOn: string[] = []
  for (const p of profiles) {
    // A musl release older than the one the imports need cannot bind them ("Error relocating …: symbol not found").
    if (
      musl?.symbols.length &&
      p.libc.flavor === 'musl' &&
      p.libc.version &&
      compareVersions(p.libc.version, musl.version) < 0
    ) {
      notOn.push(p.image)
      continue
    }
    const r = checkBinary(facts, p, { verdictOnly: true })
    if (r.verdict === 'compatible') runsOn.push(p.image)
    else if (r.verdict === 'incompatible') notOn.push(p.image)
  }
  return { file: facts.path, libc, runsOn, notOn, ...(musl ? { musl } : {}) }
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
        : floor.musl
          ? `needs ${describeMuslNeed(floor.musl)}`
          : `needs ${floor.libc.flavor}`
  const on = floor.runsOn?.length ? `; runs on ${list(floor.runsOn)}` : ''
  const off = floor.notOn?.length ? `; not on ${list(floor.notOn)}` : ''
  return `${need}${on}${off}`
}
