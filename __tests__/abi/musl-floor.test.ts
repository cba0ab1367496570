import { computeFloor, describeFloor } from '../../src/abi/floor.js'
import { muslFloorOf } from '../../src/abi/musl-floor.js'
import { emptyInspectedFile } from '../../src/binary/inspect.js'
import type { DynamicSymbol } from '../../src/elf/types.js'
import type { InspectedFile } from '../../src/binary/types.js'
import { embeddedProfiles } from '../../src/knowledge/index.js'

const sym = (name: string, binding = 'GLOBAL'): DynamicSymbol =>
  ({ name, version: null, hidden: false, library: null, defined: false, binding, type: 'FUNC' }) as DynamicSymbol
function muslApp(symbols: DynamicSymbol[], needed = ['libc.so']): InspectedFile {
  const f = emptyInspectedFile('/out/app', 1000)
  return {
    ...f,
    elf: {
      class: 64,
      endian: 'little',
      type: 'DYN',
      machine: 'Advanced Micro Devices X86-64',
      arch: 'amd64',
      osabi: 'UNIX - System V',
    } as InspectedFile['elf'],
    linkage: 'dynamic',
    interpreter: '/lib/ld-musl-x86_64.so.1',
    needed,
    libc: 'musl',
    dynamicSymbols: symbols,
  }
}

describe('musl floor', () => {
  test('statx sets 1.2.5; older musl images are not run targets', () => {
    const f = muslApp([sym('printf'), sym('statx'), sym('qsort_r'), sym('__cxa_finalize', 'WEAK')])
    const floor = computeFloor(f, embeddedProfiles('amd64'))
    expect(floor.libc).toEqual({ flavor: 'musl', version: '1.2.5' })
    expect(describeFloor(floor)).toMatch(/^needs musl ≥ 1\.2\.5 \(statx\); runs on alpine:3\.20/)
    expect(floor.notOn).toEqual(expect.arrayContaining(['alpine:3.12', 'alpine:3.17', 'alpine:3.19']))
  })
  test('weak imports do not count; LFS64 names bind everywhere; unknown names are reported only for libc-only binaries', () => {
    expect(muslFloorOf(muslApp([sym('statx', 'WEAK'), sym('stat64')]))).toEqual({
      version: '1.1.24',
      symbols: [],
      missing: [],
    })
    expect(muslFloorOf(muslApp([sym('arc4random')]))!.missing).toEqual(['arc4random'])
    expect(muslFloorOf(muslApp([sym('sqlite3_open')], ['libsqlite3.so.0', 'libc.musl-x86_64.so.1']))!.missing).toEqual(
      [],
    )
    const f = muslApp([sym('printf')])
    expect(describeFloor(computeFloor(f, []))).toBe('needs musl (1.1.24 or older suffices)')
    expect(muslFloorOf({ ...f, libc: 'glibc' })).toBeNull()
  })
})
