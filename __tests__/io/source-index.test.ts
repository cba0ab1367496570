import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { locateSymbols } from '../../src/abi/index.js'
import { indexSource, SourceIndexError } from '../../src/io/source-index.js'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'abigap-src-'))
  await mkdir(join(dir, 'internal/rand'), { recursive: true })
  await mkdir(join(dir, 'csrc'), { recursive: true })
  await mkdir(join(dir, '.git'), { recursive: true })
  await writeFile(join(dir, 'go.mod'), '// comment\nmodule example.com/svc\n\ngo 1.22\n')
  await writeFile(
    join(dir, 'main.go'),
    [
      'package main',
      '',
      'import (',
      '\t"fmt"',
      '\tnetpkg "net"',
      '\t_ "os/user"',
      ')',
      '',
      'func main() { fmt.Println(netpkg.IPv4len) }',
      '',
    ].join('\n'),
  )
  await writeFile(
    join(dir, 'internal/rand/rand.go'),
    [
      'package rand',
      '',
      '/*',
      '#include <stdlib.h>',
      'static unsigned r(void) { return arc4random(); }',
      '*/',
      'import "C"',
      '',
      '// Next uses C.r (a comment: not a call site)',
      'func Next() uint32 { return uint32(C.r()) + uint32(C.getrandom_wrapper()) }',
    ].join('\n'),
  )
  await writeFile(
    join(dir, 'csrc/wrap.c'),
    '#include <sys/random.h>\nint getrandom_wrapper(void) {\n  char b[4];\n  return (int)getrandom(b, 4, 0);\n}\n',
  )
  await writeFile(join(dir, '.git/ignored.go'), 'package x\nimport "C"\nfunc f() { C.getaddrinfo() }\n')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('indexSource', () => {
  test('imports (aliased, blank), cgo preamble in /* */, C.fn calls, C files, go.mod', async () => {
    const idx = await indexSource(dir)
    expect(idx.goMod).toEqual({ file: 'go.mod', line: 2, module: 'example.com/svc' })
    expect(idx.imports.net).toEqual([{ file: 'main.go', line: 5, column: 9 }])
    expect(idx.imports['os/user']).toEqual([{ file: 'main.go', line: 6, column: 4 }])
    expect(idx.cgoCalls.r).toEqual([{ file: 'internal/rand/rand.go', line: 10, column: 36 }])
    expect(locateSymbols(idx, ['arc4random'])).toEqual([
      { file: 'internal/rand/rand.go', line: 5, column: 34, reason: 'cgo-preamble' },
    ])
    expect(locateSymbols(idx, ['getrandom'])).toEqual([
      { file: 'csrc/wrap.c', line: 4, column: 15, reason: 'c-source' },
    ])
    expect(locateSymbols(idx, ['getaddrinfo'], 'net')).toEqual([
      { file: 'main.go', line: 5, column: 9, reason: 'import' },
    ])
    expect(locateSymbols(idx, ['pthread_create'], 'runtime/cgo')).toEqual([
      { file: 'internal/rand/rand.go', line: 7, column: 8, reason: 'import' },
    ])
    // .git is not indexed.
    expect(idx.cgoCalls.getaddrinfo).toBeUndefined()
  })

  test('errors: missing dir, a file', async () => {
    await expect(indexSource(join(dir, 'nope'))).rejects.toThrow(SourceIndexError)
    await expect(indexSource(join(dir, 'go.mod'))).rejects.toThrow(/is not a directory/)
  })
})
