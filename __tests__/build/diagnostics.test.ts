import { parseBuildDiagnostics, relativeToModule } from '../../src/build/diagnostics.js'

describe('parseBuildDiagnostics', () => {
  test('go compiler errors: file:line:col relative to the module root', () => {
    const out = [
      '# example.com/app/cmd/server',
      'cmd/server/main.go:12:2: undefined: missingThing',
      './cmd/server/util.go:7:14: cannot use x (variable of type int) as string value',
      '/home/dev/mod/cmd/server/abs.go:3:1: syntax error: non-declaration statement outside function body',
      'note: module requires Go 1.99',
    ].join('\n')
    expect(parseBuildDiagnostics(out, ['/home/dev/mod'])).toEqual([
      { file: 'cmd/server/main.go', line: 12, column: 2, message: 'undefined: missingThing' },
      {
        file: 'cmd/server/util.go',
        line: 7,
        column: 14,
        message: 'cannot use x (variable of type int) as string value',
      },
      {
        file: 'cmd/server/abs.go',
        line: 3,
        column: 1,
        message: 'syntax error: non-declaration statement outside function body',
      },
    ])
  })
  test('cgo/gcc errors inside a builder container map /src back to the module', () => {
    const out = "/src/cmd/server/native_cgo.go:10:5: error: implicit declaration of function 'nope'\n"
    expect(parseBuildDiagnostics(out, ['/src', '/home/u/mod'])).toEqual([
      { file: 'cmd/server/native_cgo.go', line: 10, column: 5, message: "implicit declaration of function 'nope'" },
    ])
  })
  test('linker errors without a position are kept; toolchain paths get no file; NSS warnings dropped', () => {
    const out = [
      "/_/os/user/cgo_lookup_unix.go:32: warning: Using 'getpwnam_r' in statically linked applications requires at runtime the shared libraries",
      '/usr/bin/ld: cannot find -lsqlite3: No such file or directory',
      'collect2: error: ld returned 1 exit status',
      '/usr/include/stdio.h:27:10: fatal error: bits/libc-header-start.h: No such file or directory',
    ].join('\n')
    const d = parseBuildDiagnostics(out, ['/m'])
    expect(d.map((x) => [x.file, x.line, x.message.slice(0, 30)])).toEqual([
      [null, null, '/usr/bin/ld: cannot find -lsql'],
      [null, null, 'collect2: error: ld returned 1'],
      [null, null, '/usr/include/stdio.h:27:10: fa'],
    ])
  })
  test('relativeToModule', () => {
    expect(relativeToModule('/m/a/b.go', ['/m'])).toBe('a/b.go')
    expect(relativeToModule('/tmp/go-build123/x.c', ['/m'])).toBeNull()
    expect(relativeToModule('../other/x.go', ['/m'])).toBeNull()
  })
})

test('undefined references are summarised once, with the archive they come from', () => {
  const out = [
    '/usr/lib/go-1.19/pkg/tool/linux_amd64/link: running gcc failed: exit status 1',
    "/usr/bin/ld: /usr/lib/x86_64-linux-gnu/libsqlite3.a(fts5.o): in function `fts5Bm25Function':",
    "(.text+0x1f4c): undefined reference to `log'",
    "/usr/bin/ld: (.text+0x1ed1): undefined reference to `log'",
    "/usr/bin/ld: /usr/lib/x86_64-linux-gnu/libsqlite3.a(func.o):(.data.rel+0x15b0): undefined reference to `pow'",
    'collect2: error: ld returned 1 exit status',
  ].join('\n')
  expect(parseBuildDiagnostics(out, ['/m']).map((d) => d.message)).toEqual([
    '/usr/lib/go-1.19/pkg/tool/linux_amd64/link: running gcc failed: exit status 1',
    'collect2: error: ld returned 1 exit status',
    "undefined reference to `log', `pow' (from libsqlite3.a)",
  ])
})
