import { failureDiagnostics, missingSymbolText } from '../../src/build/failure-diagnostics.js'
import { emptySourceIndex } from '../../src/abi/source-index.js'
import type { PlannedVariant } from '../../src/matrix/types.js'
import { plannedVariant } from '../helpers/variants.js'

const variant = (over: Partial<PlannedVariant>): PlannedVariant => plannedVariant({ arch: 'arm64', ...over })
const opts = (over: Partial<Parameters<typeof failureDiagnostics>[1]> = {}) => ({
  variant: variant({}),
  cc: 'aarch64-linux-gnu-gcc',
  hostArch: 'amd64',
  roots: ['/src'],
  modulesMissing: 'MODULES',
  exitMessage: 'EXIT 2',
  ...over,
})
const messages = (output: string, over: Partial<Parameters<typeof failureDiagnostics>[1]> = {}) =>
  failureDiagnostics(output, opts(over)).map((d) => d.message)

test('compiler errors keep their position; missing modules and the exit status are explained', () => {
  expect(failureDiagnostics('/src/main.go:3:7: undefined: x\n', opts())).toEqual([
    { file: 'main.go', line: 3, column: 7, message: 'undefined: x' },
  ])
  expect(messages('go: example.com/m@v1: module lookup disabled by GOPROXY=off\n').at(-1)).toBe('MODULES')
  expect(messages('something odd\n')).toEqual(['EXIT 2'])
})

test('the cross-libc hint is about the host arch: none when the variant is native', () => {
  const out = '/usr/include/stdio.h:27:10: fatal error: bits/libc-header-start.h: No such file or directory\n'
  expect(messages(out).join('\n')).toMatch(/has no arm64 C library to build against: install libc6-dev-arm64-cross/)
  // on an arm64 host the same build is native: the cross-libc hint does not apply
  expect(messages(out, { hostArch: 'arm64', cc: 'gcc' }).join('\n')).not.toMatch(/libc6-dev-arm64-cross/)
})

test('an undefined reference is located on the lines using the symbol and says only what is known of the libc', () => {
  const out =
    "/usr/bin/ld: /tmp/go-link-1/000001.o: in function `token':\n/src/cmd/gateway/token.go:6: undefined reference to `arc4random'\ncollect2: error: ld returned 1 exit status\n"
  const source = emptySourceIndex('/src')
  source.cgoPreamble.arc4random = [{ file: 'cmd/gateway/token.go', line: 6, column: 38 }]
  const static_ = variant({ arch: 'amd64', libc: 'musl', link: 'static' })
  const musl = failureDiagnostics(
    out,
    opts({ variant: static_, cc: 'musl-gcc', source, libc: { flavor: 'musl', version: null, where: 'musl-gcc' } }),
  )
  expect(musl[0]).toEqual({
    file: 'cmd/gateway/token.go',
    line: 6,
    column: 38,
    message: "musl has no arc4random (musl-gcc's libc)",
  })
  // the static-linking hint is for C archives' own dependencies: not for the program's own call into libc
  expect(musl.map((d) => d.message).join('\n')).not.toMatch(/static linking needs/)
  const glibc = failureDiagnostics(
    out,
    opts({
      variant: variant({ arch: 'amd64' }),
      cc: 'gcc',
      source,
      libc: { flavor: 'glibc', version: '2.31', where: 'the host' },
    }),
  )
  expect(glibc[0].message).toBe(
    "undefined reference to `arc4random': the linked C library (glibc 2.31, the host) does not define it, nor does any library in #cgo LDFLAGS",
  )
  // a symbol musl does have (or one abigap has no knowledge of) is not claimed missing from musl by name
  expect(missingSymbolText('foo_init', { flavor: 'musl', version: null, where: 'musl-gcc' })).toMatch(
    /^undefined reference to `foo_init': the linked C library \(musl, musl-gcc\)/,
  )
  // an undefined reference from a C archive keeps the hint
  const fromArchive =
    "/usr/bin/ld: /usr/lib/libfoo.a(foo.o): in function `f':\nfoo.c:(.text+0x5): undefined reference to `cos'\n"
  expect(messages(fromArchive, { variant: static_, cc: 'musl-gcc' }).join('\n')).toMatch(/static linking needs/)
})
