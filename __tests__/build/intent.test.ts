import { checkBuildIntent } from '../../src/build/intent.js'
import type { InspectedFile } from '../../src/binary/types.js'
import type { PlannedVariant } from '../../src/matrix/types.js'
import { plannedVariant } from '../helpers/variants.js'

const variant = (over: Partial<PlannedVariant>): PlannedVariant =>
  plannedVariant({ name: 'cgo-musl-static', libc: 'musl', link: 'static', ...over })

const file = (over: Partial<InspectedFile>): InspectedFile => ({
  path: 'bin/x',
  size: 1,
  error: null,
  elf: {
    class: 64,
    endian: 'little',
    type: 'EXEC',
    machine: 'Advanced Micro Devices X86-64',
    osabi: 'UNIX - System V',
  },
  linkage: 'static',
  interpreter: null,
  soname: null,
  needed: [],
  rpath: [],
  runpath: [],
  versionNeeds: [],
  versionDefs: [],
  dynamicSymbols: [],
  requires: {},
  requiredBy: {},
  abiTag: null,
  buildId: null,
  x86IsaLevel: null,
  pie: false,
  bindNow: false,
  stripped: false,
  libc: 'unknown',
  go: {
    version: 'go1.19.8',
    path: 'p',
    main: { path: 'p', version: '(devel)' },
    settings: { CGO_ENABLED: '1', GOARCH: 'amd64' },
    deps: [],
  },
  warnings: [],
  ...over,
})

describe('checkBuildIntent', () => {
  test('a clean musl-static build has no gaps', () => {
    expect(checkBuildIntent(variant({}), file({}))).toEqual([])
  })
  test('musl-static that came out dynamic against glibc (C++ part linked with g++)', () => {
    const gaps = checkBuildIntent(
      variant({}),
      file({
        linkage: 'dynamic',
        interpreter: '/lib64/ld-linux-x86-64.so.2',
        needed: ['libstdc++.so.6', 'libc.so.6'],
        libc: 'glibc',
      }),
    )
    expect(gaps.map((g) => g.kind)).toEqual(['toolchain-mismatch', 'toolchain-mismatch'])
    expect(gaps[0].message).toMatch(
      /should be statically linked but has an interpreter \(\/lib64\/ld-linux-x86-64.so.2\)/,
    )
    expect(gaps[1].message).toMatch(/should be linked against musl but came out linked against glibc/)
    expect(gaps[1].message).toMatch(/C\+\+/)
  })
  test('musl-static that came out static glibc (glibc ABI note)', () => {
    const gaps = checkBuildIntent(variant({}), file({ abiTag: { os: 'Linux', kernel: '3.2.0' }, libc: 'glibc' }))
    expect(gaps).toHaveLength(1)
    expect(gaps[0].message).toMatch(/glibc start files/)
  })
  test('"static" glibc build with an interpreter', () => {
    const gaps = checkBuildIntent(
      variant({ name: 'cgo-glibc-static', libc: 'glibc' }),
      file({ linkage: 'dynamic', interpreter: '/lib64/ld-linux-x86-64.so.2', needed: ['libc.so.6'], libc: 'glibc' }),
    )
    expect(gaps.map((g) => g.message)).toEqual([
      expect.stringMatching(/cgo-glibc-static should be statically linked but has an interpreter/),
    ])
  })
  test('CGO_ENABLED and GOARCH in the binary differ from the variant', () => {
    const gaps = checkBuildIntent(
      variant({ name: 'cgo-glibc', libc: 'glibc', link: 'dynamic' }),
      file({
        linkage: 'static',
        go: {
          version: 'go1.19',
          path: 'p',
          main: { path: 'p', version: '' },
          settings: { CGO_ENABLED: '0', GOARCH: 'arm64' },
          deps: [],
        },
        elf: { class: 64, endian: 'little', type: 'EXEC', machine: 'AArch64', osabi: 'UNIX - System V' },
      }),
    )
    const text = gaps.map((g) => g.message).join('\n')
    expect(text).toMatch(/should be amd64 but the binary is AArch64/)
    expect(text).toMatch(/GOARCH=amd64 but Go built GOARCH=arm64/)
    expect(text).toMatch(/CGO_ENABLED=1 but the binary says CGO_ENABLED=0/)
  })
  test('the architecture is compared exactly: 32-bit PowerPC is not ppc64, x32 is not amd64', () => {
    const ppc = file({ elf: { class: 32, endian: 'big', type: 'EXEC', machine: 'PowerPC', osabi: 'UNIX - System V' } })
    expect(checkBuildIntent(variant({ arch: 'ppc64' }), ppc).map((g) => g.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/should be ppc64 but the binary is PowerPC/)]),
    )
    const x32 = file({
      elf: {
        class: 32,
        endian: 'little',
        type: 'EXEC',
        machine: 'Advanced Micro Devices X86-64',
        osabi: 'UNIX - System V',
      },
    })
    expect(checkBuildIntent(variant({}), x32).map((g) => g.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/should be amd64/)]),
    )
    // the ELF module's own arch (from e_machine) wins over the name
    const arm = file({ elf: { ...file({}).elf!, machine: 'AArch64', arch: 'arm64' } })
    expect(
      checkBuildIntent(variant({ arch: 'arm64' }), arm).filter((g) => /but the binary is/.test(g.message)),
    ).toEqual([])
  })
  test('pre-1.18 binaries without build settings are judged on ELF facts alone', () => {
    // the libc is the ELF module's one answer (InspectedFile.libc), never guessed again here
    const f = file({
      linkage: 'dynamic',
      interpreter: '/lib64/ld-linux-x86-64.so.2',
      needed: ['libc.so.6'],
      go: null,
      libc: 'glibc',
    })
    expect(checkBuildIntent(variant({ name: 'cgo-glibc', libc: 'glibc', link: 'dynamic' }), f)).toEqual([])
    const musl = file({
      linkage: 'dynamic',
      interpreter: '/lib/ld-musl-x86_64.so.1',
      needed: ['libc.so'],
      go: null,
      libc: 'musl',
    })
    expect(checkBuildIntent(variant({ name: 'cgo-musl', libc: 'musl', link: 'dynamic' }), musl)).toEqual([])
    expect(
      checkBuildIntent(variant({ name: 'cgo-glibc', libc: 'glibc', link: 'dynamic' }), musl).map((g) => g.kind),
    ).toContain('toolchain-mismatch')
  })
  test('an unreadable output is unanalysable, not a pass', () => {
    const gaps = checkBuildIntent(
      variant({}),
      file({ elf: null, error: { code: 'BAD_MAGIC', message: 'not ELF', offset: 0 } }),
    )
    expect(gaps[0]).toMatchObject({ kind: 'unanalysable', severity: 'error' })
  })
})
