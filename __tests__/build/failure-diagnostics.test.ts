import { failureDiagnostics } from '../../src/build/failure-diagnostics.js'
import type { PlannedVariant } from '../../src/matrix/types.js'

const variant = (over: Partial<PlannedVariant>): PlannedVariant => ({
  name: 'v',
  cgo: true,
  libc: 'glibc',
  link: 'dynamic',
  arch: 'arm64',
  builder: 'host',
  tags: [],
  cc: null,
  declaredAt: null,
  ...over,
})
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
