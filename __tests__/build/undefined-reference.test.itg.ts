// A linker's undefined reference is located on the source lines that use the symbol, says which libc lacks it, and
// brings no generic hint that does not fit: a real cgo-musl build (host musl-gcc) of a module whose own C preamble
// calls arc4random (musl has none), through the real pipeline.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseMatrixConfig } from '../../src/matrix/index.js'
import { runMatrix } from '../../src/pipeline/run-matrix.js'
import { silentSinks } from '../../src/pipeline/sinks.js'
import { allAnnotations } from '../../src/report/index.js'
import type { MatrixReport } from '../../src/report/types.js'

let dir: string
let report: MatrixReport

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-undef-'))
  mkdirSync(path.join(dir, 'cmd', 'gateway'), { recursive: true })
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/gateway\n\ngo 1.15\n')
  writeFileSync(
    path.join(dir, 'cmd', 'gateway', 'token.go'),
    'package main\n\n/*\n#include <stdlib.h>\n#include <stdint.h>\nstatic uint32_t token(void) { return arc4random(); }\n*/\nimport "C"\n\nfunc token() uint32 { return uint32(C.token()) }\n',
  )
  writeFileSync(
    path.join(dir, 'cmd', 'gateway', 'main.go'),
    'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println(token()) }\n',
  )
  const config = parseMatrixConfig(
    `package: ./cmd/gateway
variants:
  - { cgo: on, libc: musl }
  - { cgo: on, libc: musl, link: static }
targets: [debian:12]
`,
    'abigap.yml',
  )
  report = await runMatrix(config, { cwd: dir, sinks: silentSinks, docker: 'off' })
}, 300_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test.each(['cgo-musl', 'cgo-musl-static'])('%s: located on the preamble line, "musl has no arc4random"', (variant) => {
  const build = report.builds.find((b) => b.variant === variant)!
  expect(build.status).toBe('failed')
  // the oracle: the linker itself names the symbol
  expect(build.log).toMatch(/undefined reference to `arc4random'/)
  expect(build.diagnostics).toContainEqual({
    file: 'cmd/gateway/token.go',
    line: 6,
    column: expect.any(Number),
    message: "musl has no arc4random (musl-gcc's libc)",
  })
  expect(build.diagnostics.map((d) => d.message).join('\n')).not.toMatch(/static linking needs|#cgo LDFLAGS/)
  const gap = build.gaps.find((g) => g.kind === 'build-failed')!
  expect(gap.locations).toContainEqual(expect.objectContaining({ file: 'cmd/gateway/token.go', line: 6 }))
  const ann = allAnnotations(report).find(
    (a) => a.file === 'cmd/gateway/token.go' && a.line === 6 && a.occurrences.some((o) => o.variant === variant),
  )
  expect(ann?.severity).toBe('error')
  expect(ann?.message).toMatch(/^musl has no arc4random/)
})
