// parseModInfo mirrors runtime/debug.ParseBuildInfo; goUnquote mirrors strconv.Unquote.
import { goUnquote, parseModInfo } from '../../src/gobuildinfo/index.js'

test('path, mod, deps with replacements, quoted build settings', () => {
  const text = [
    'path\texample.com/cmd/app',
    'mod\texample.com\t(devel)\t',
    'dep\tgolang.org/x/sys\tv0.1.0\th1:abc=',
    'dep\texample.com/lib\tv1.2.3',
    '=>\t../lib\t(devel)\t',
    'build\t-compiler=gc',
    'build\t-ldflags="-s -w -X \\"main.v=1\\""',
    'build\t"weird key"=x',
    'build\tCGO_ENABLED=0',
    'build\tGOAMD64=v3',
    '',
  ].join('\n')
  const problems: string[] = []
  const bi = parseModInfo('go1.21.0', text, problems)
  expect(problems).toEqual([])
  expect(bi.path).toBe('example.com/cmd/app')
  expect(bi.main).toEqual({ path: 'example.com', version: '(devel)' })
  expect(bi.deps).toEqual([
    { path: 'golang.org/x/sys', version: 'v0.1.0', sum: 'h1:abc=' },
    { path: 'example.com/lib', version: 'v1.2.3', replace: { path: '../lib', version: '(devel)' } },
  ])
  expect(bi.settings).toEqual({
    '-compiler': 'gc',
    '-ldflags': '-s -w -X "main.v=1"',
    'weird key': 'x',
    CGO_ENABLED: '0',
    GOAMD64: 'v3',
  })
})

test('malformed lines are reported, not thrown', () => {
  const problems: string[] = []
  const bi = parseModInfo(
    'go1.20',
    'mod\tone-column\nmod\ta\tb\tc\td\n=>\tx\nbuild\t=nokey\nbuild\t-x="unterminated\n',
    problems,
  )
  expect(bi.version).toBe('go1.20')
  expect(problems.length).toBe(5)
})

test('goUnquote', () => {
  expect(goUnquote('"a\\tb\\n\\"c\\\\"')).toBe('a\tb\n"c\\')
  expect(goUnquote('"\\x41\\101\\u00e9\\U0001F600"')).toBe('AAé😀')
  expect(goUnquote('`raw\\n`')).toBe('raw\\n')
  expect(goUnquote('"bad\\q"')).toBeNull()
  expect(goUnquote('"open')).toBeNull()
})
