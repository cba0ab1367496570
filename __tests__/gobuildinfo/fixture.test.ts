// Go build info read through the ELF segments (gobuildinfo/elf-exe.ts) of the committed Go fixture, against what
// `go version -m` printed for it when it was built; and the cases where there is none to read.
import { Budget, bufferSource, readLayout } from '../../src/elf/index.js'
import { elfExeData } from '../../src/gobuildinfo/elf-exe.js'
import { readGoBuildInfo } from '../../src/gobuildinfo/read.js'
import { fixture, recordedGoVersion, type FixtureName } from '../helpers/elf-fixtures.js'
import { diffGo } from '../helpers/elf-oracle.js'

function goInfo(bytes: Uint8Array): ReturnType<typeof readGoBuildInfo> {
  const problems: string[] = []
  const go = readGoBuildInfo(elfExeData(readLayout(bufferSource(bytes), new Budget())), problems)
  expect(problems).toEqual([])
  return go
}

test('go-buildinfo: version, path, module and every build setting equal go version -m', () => {
  const recorded = recordedGoVersion('go-buildinfo')
  expect(recorded?.build.length).toBeGreaterThan(3)
  const go = goInfo(fixture('go-buildinfo'))
  expect(diffGo({ go }, recorded)).toEqual([])
  expect(go?.settings).toMatchObject({ CGO_ENABLED: '0', GOAMD64: 'v2', '-tags': 'netgo,fixture' })
})

test.each(['x86_64-dyn', 'x86_64-static', 's390x-libutil.so.1'] as FixtureName[])(
  '%s: not a Go binary → null, no problem reported',
  (name) => {
    expect(goInfo(fixture(name))).toBeNull()
  },
)

test('a blob whose module string runs past the segment is reported, not thrown', () => {
  const b = Buffer.from(fixture('go-buildinfo'))
  const at = b.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'))
  expect(at).toBeGreaterThan(0)
  // the version's uvarint length (from byte 32 of the blob) made 65535: far past the 288-byte segment
  b.set([0xff, 0xff, 0x03], at + 32)
  const problems: string[] = []
  expect(readGoBuildInfo(elfExeData(readLayout(bufferSource(b), new Budget())), problems)).toBeNull()
  expect(problems.join()).toMatch(/past the data/)
})
