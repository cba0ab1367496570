import { attributeImports, attributeSymbol, describeOrigin, linkedCLibraries } from '../../src/abi/origins.js'
import { emptySourceIndex } from '../../src/abi/source-index.js'
import { indexCFile, indexGoFile } from '../../src/io/source-index.js'
import { cgoBinary, GATEWAY_SRC, NET_USER, RUNTIME, sourceOf, und } from '../helpers/what-if-facts.js'

describe('attributeImports', () => {
  test('the gateway: own C at its preamble line, net, os/user, and the cgo runtime apart', () => {
    const facts = cgoBinary([...RUNTIME, ...NET_USER, und('arc4random', 'GLIBC_2.36')])
    const got = attributeImports({ facts, source: sourceOf(GATEWAY_SRC) })
    const by = Object.fromEntries(got.map((s) => [s.name, s.origin]))
    expect(by.arc4random).toEqual({ kind: 'own-c', file: 'cmd/gateway/token.go', line: 7 })
    expect(by.getaddrinfo).toEqual({ kind: 'go-net', goPackage: 'net' })
    expect(by.getpwuid_r).toEqual({ kind: 'go-os-user', goPackage: 'os/user' })
    expect(by.pthread_create).toEqual({ kind: 'cgo-runtime', goPackage: 'runtime/cgo' })
    expect(got.find((s) => s.name === 'arc4random')).toMatchObject({ library: 'libc.so.6', version: 'GLIBC_2.36' })
    expect(describeOrigin(by.arc4random)).toBe("the program's own C (cmd/gateway/token.go:7)")
  })

  test('the same name from two libraries is two entries, each with its own library and node', () => {
    const facts = cgoBinary([
      und('exp', 'GLIBC_2.29', 'libm.so.6'),
      und('getcpu', 'GLIBC_2.29'),
      und('exp', 'GLIBC_2.29', 'libm.so.6'),
    ])
    const got = attributeImports({ facts })
    expect(got.map((s) => `${s.name}@${s.version}:${s.library}`)).toEqual([
      'exp@GLIBC_2.29:libm.so.6',
      'getcpu@GLIBC_2.29:libc.so.6',
    ])
    expect(got.every((s) => s.origin.kind === 'unknown')).toBe(true)
  })

  test('own C beats the package tables: a program calling getaddrinfo itself keeps it under cgo', () => {
    const src = sourceOf({
      'r.go': 'package r\n\n// #include <netdb.h>\n// int look(void) { return getaddrinfo(0,0,0,0); }\nimport "C"\n',
    })
    expect(attributeSymbol('getaddrinfo', { facts: cgoBinary([]), source: src })).toEqual({
      kind: 'own-c',
      file: 'r.go',
      line: 4,
    })
  })

  test('vendor/ sources are the dependency of the build info, module@version with file:line', () => {
    const src = emptySourceIndex('/src')
    indexCFile('vendor/github.com/acme/rnd/c/rnd.c', 'unsigned r(void) {\n  return arc4random();\n}\n', src)
    const facts = cgoBinary(
      [und('arc4random', 'GLIBC_2.36')],
      [
        { path: 'github.com/acme', version: 'v0.1.0' },
        { path: 'github.com/acme/rnd', version: 'v1.2.3' },
      ],
    )
    expect(attributeSymbol('arc4random', { facts, source: src })).toEqual({
      kind: 'go-dependency',
      file: 'vendor/github.com/acme/rnd/c/rnd.c',
      line: 2,
      module: 'github.com/acme/rnd@v1.2.3',
    })
  })

  test('a dependency source from the module cache is named module@version/path', () => {
    const dep = emptySourceIndex('/gomod/x')
    indexGoFile('x.go', 'package x\n\n// unsigned f(void) { return arc4random(); }\nimport "C"\n', dep)
    const o = attributeSymbol('arc4random', {
      facts: cgoBinary([]),
      dependencies: [{ module: 'example.org/x', version: 'v0.3.0', index: dep }],
    })
    expect(o).toEqual({
      kind: 'go-dependency',
      module: 'example.org/x@v0.3.0',
      file: 'example.org/x@v0.3.0/x.go',
      line: 3,
    })
    expect(describeOrigin(o)).toBe('the C code of Go dependency example.org/x@v0.3.0 (example.org/x@v0.3.0/x.go:3)')
  })

  test('#cgo LDFLAGS libraries name the C library of symbols no source line calls', () => {
    const src = sourceOf({
      'db.go':
        'package db\n\n// #cgo LDFLAGS: -lsqlite3 -L/opt/lib /opt/lib/libz.a\n// #include <sqlite3.h>\nimport "C"\n',
    })
    expect(src.cgoLdflags).toEqual({
      '-lsqlite3': [{ file: 'db.go', line: 3, column: 18 }],
      '/opt/lib/libz.a': [{ file: 'db.go', line: 3, column: 39 }],
    })
    const facts = cgoBinary([])
    facts.go!.settings.CGO_LDFLAGS = '-lcrypto'
    expect(linkedCLibraries({ facts, source: src })).toEqual(['-lcrypto', '-lsqlite3', '/opt/lib/libz.a'])
    expect(attributeSymbol('fcntl64', { facts, source: src })).toEqual({
      kind: 'c-library',
      cLibraries: ['-lcrypto', '-lsqlite3', '/opt/lib/libz.a'],
    })
    expect(attributeSymbol('fcntl64', { facts: cgoBinary([]) })).toEqual({ kind: 'unknown' })
  })
})

test("every libc symbol of a real go1.19 cgo build of net + os/user is the cgo runtime's, net's or os/user's", () => {
  // readelf --dyn-syms of `CGO_ENABLED=1 go build` (go1.19.8, glibc 2.36) of a program importing net and os/user
  const real =
    '__errno_location abort fprintf fputc free freeaddrinfo fwrite gai_strerror getaddrinfo getgrgid_r getgrnam_r getpwnam_r getpwuid_r malloc mmap munmap nanosleep pthread_attr_destroy pthread_attr_getstacksize pthread_attr_init pthread_cond_broadcast pthread_cond_wait pthread_create pthread_detach pthread_mutex_lock pthread_mutex_unlock pthread_sigmask realloc setenv sigaction sigaddset sigemptyset sigfillset sigismember stderr strerror sysconf unsetenv vfprintf'
  const facts = cgoBinary(real.split(' ').map((n) => und(n, 'GLIBC_2.2.5')))
  const kinds = new Set(attributeImports({ facts, source: emptySourceIndex() }).map((s) => s.origin.kind))
  expect([...kinds].sort()).toEqual(['cgo-runtime', 'go-net', 'go-os-user'])
})

test("the cgo runtime's set*id wrappers (an externally linked go1.19 build) are the runtime's, not the program's", () => {
  const names = [
    'setresuid',
    'setresgid',
    'setgroups',
    'setreuid',
    'setregid',
    'setgid',
    'setuid',
    'setegid',
    'seteuid',
  ]
  const facts = cgoBinary(names.map((n) => und(n, 'GLIBC_2.2.5')))
  expect(new Set(attributeImports({ facts }).map((s) => s.origin.kind))).toEqual(new Set(['cgo-runtime']))
})
