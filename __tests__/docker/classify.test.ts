import {
  classifyRun,
  parseMissingLibraries,
  parseMissingVersions,
  signalName,
  type RunObservation,
} from '../../src/docker/classify.js'

// Messages below were captured from the real loaders (glibc 2.31/2.36 ld.so, musl 1.2.3, runc 1.1 exec, tini 0.19).
const GLIBC_VERSION = [
  "/abigap/b0/hello: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by /abigap/b0/hello)",
  "/abigap/b0/hello: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.32' not found (required by /abigap/b0/hello)",
  "/abigap/b0/hello: /lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.30' not found (required by /abigap/b0/hello)",
].join('\n')
const GLIBC_MISSING_LIB =
  '/abigap/b0/sq: error while loading shared libraries: libsqlite3.so.0: cannot open shared object file: No such file or directory'
const MUSL_MISSING_LIB =
  'Error loading shared library libsqlite3.so.0: No such file or directory (needed by /abigap/b0/sq)'
const GLIBC_SYMBOL = './mm: symbol lookup error: ./mm: undefined symbol: bar'
const MUSL_SYMBOL = 'Error relocating ./mmm: bar: symbol not found'
const RUNC_EXEC_NOENT = 'exec /abigap/b0/hello: no such file or directory'
const TINI_NOENT = '[FATAL tini (8)] exec /abigap/b0/hello failed: No such file or directory'

function obs(over: Partial<RunObservation>): RunObservation {
  return {
    exitCode: 0,
    oomKilled: false,
    startError: '',
    stderr: '',
    stdout: '',
    timedOut: false,
    outputLimited: false,
    ...over,
  }
}

describe('classifyRun', () => {
  it('ok for exit 0 and for declared ok exit codes', () => {
    expect(classifyRun(obs({})).outcome).toBe('ok')
    expect(classifyRun(obs({ exitCode: 3, okExitCodes: [0, 3] })).outcome).toBe('ok')
    expect(classifyRun(obs({ exitCode: 3 })).outcome).toBe('exit-nonzero')
  })
  it('missing loader from runc exec, tini and an engine start error', () => {
    expect(classifyRun(obs({ exitCode: 1, stderr: RUNC_EXEC_NOENT + '\n' })).outcome).toBe('missing-loader')
    expect(classifyRun(obs({ exitCode: 127, stderr: TINI_NOENT + '\n' })).outcome).toBe('missing-loader')
    expect(
      classifyRun(
        obs({
          exitCode: null,
          startError: 'failed to create shim task: OCI runtime create failed: ' + RUNC_EXEC_NOENT,
        }),
      ).outcome,
    ).toBe('missing-loader')
  })
  it('a program printing the loader text on success is not a loader fault', () => {
    expect(classifyRun(obs({ exitCode: 0, stderr: RUNC_EXEC_NOENT })).outcome).toBe('ok')
    expect(classifyRun(obs({ exitCode: 1, stdout: 'x', stderr: RUNC_EXEC_NOENT })).outcome).toBe('exit-nonzero')
  })
  it("a program's own exec failure on exit 1 is not a missing loader", () => {
    // Go's os/exec wording, printed by the program itself (it started, so its loader is there)
    const goFork = 'fork/exec /usr/bin/helper: no such file or directory'
    expect(classifyRun(obs({ exitCode: 1, stderr: goFork + '\n' })).outcome).toBe('exit-nonzero')
    expect(classifyRun(obs({ exitCode: 127, stderr: goFork })).outcome).toBe('exit-nonzero')
    // runc's line is everything runc writes: among other program output it is the program's own
    const logged = 'starting helper\nexec /usr/bin/helper: no such file or directory\n'
    expect(classifyRun(obs({ exitCode: 1, stderr: logged })).outcome).toBe('exit-nonzero')
    // tini's form stays a loader fault on exit 1 (tini exits 1 when its exec fails)
    expect(classifyRun(obs({ exitCode: 1, stderr: TINI_NOENT + '\n' })).outcome).toBe('missing-loader')
    expect(classifyRun(obs({ exitCode: 1, stderr: 'x: ' + TINI_NOENT })).outcome).toBe('exit-nonzero')
  })
  it('exec format error (another architecture) is not a missing loader', () => {
    const runcFormat = 'exec /abigap/b0/hello: exec format error'
    const tiniFormat = '[FATAL tini (7)] exec /abigap/b0/hello failed: Exec format error'
    const a = classifyRun(obs({ exitCode: 1, stderr: runcFormat + '\n' }))
    expect(a.outcome).toBe('exit-nonzero')
    expect(classifyRun(obs({ exitCode: 1, stderr: tiniFormat })).outcome).toBe('exit-nonzero')
    expect(
      classifyRun(obs({ exitCode: null, startError: 'OCI runtime create failed: ' + runcFormat + ': unknown' }))
        .outcome,
    ).toBe('exit-nonzero')
  })
  it('missing libraries (glibc and musl wording), with sonames', () => {
    const g = classifyRun(obs({ exitCode: 127, stderr: GLIBC_MISSING_LIB }))
    expect(g).toEqual({ outcome: 'missing-library', signal: null, missingLibraries: ['libsqlite3.so.0'] })
    const m = classifyRun(obs({ exitCode: 127, stderr: MUSL_MISSING_LIB }))
    expect(m.outcome).toBe('missing-library')
    expect(m.missingLibraries).toEqual(['libsqlite3.so.0'])
  })
  it('missing symbol versions: every one parsed with its library', () => {
    const c = classifyRun(obs({ exitCode: 1, stderr: GLIBC_VERSION }))
    expect(c.outcome).toBe('missing-symbol-version')
    expect(c.missingVersions).toEqual([
      { version: 'GLIBC_2.34', library: 'libc.so.6' },
      { version: 'GLIBC_2.32', library: 'libc.so.6' },
      { version: 'GLIBCXX_3.4.30', library: 'libstdc++.so.6' },
    ])
  })
  it('symbol lookup errors (glibc and musl)', () => {
    expect(classifyRun(obs({ exitCode: 127, stderr: GLIBC_SYMBOL })).outcome).toBe('symbol-lookup-error')
    expect(classifyRun(obs({ exitCode: 127, stderr: MUSL_SYMBOL + '\n' + MUSL_SYMBOL })).outcome).toBe(
      'symbol-lookup-error',
    )
  })
  it('signals by name from 128+N', () => {
    expect(classifyRun(obs({ exitCode: 139 }))).toEqual({ outcome: 'signal', signal: 'SIGSEGV' })
    expect(classifyRun(obs({ exitCode: 134 })).signal).toBe('SIGABRT')
    expect(classifyRun(obs({ exitCode: 132 })).signal).toBe('SIGILL')
    expect(classifyRun(obs({ exitCode: 133 })).signal).toBe('SIGTRAP')
    expect(classifyRun(obs({ exitCode: 137 })).signal).toBe('SIGKILL')
  })
  it('oom, timeout, output-limit and infrastructure take precedence', () => {
    expect(classifyRun(obs({ exitCode: 137, oomKilled: true }))).toEqual({ outcome: 'oom', signal: 'SIGKILL' })
    expect(classifyRun(obs({ exitCode: 137, timedOut: true }))).toEqual({
      outcome: 'timeout',
      signal: null,
      started: true,
    })
    expect(classifyRun(obs({ exitCode: 137, outputLimited: true })).outcome).toBe('output-limit')
    expect(classifyRun(obs({ exitCode: 0, infraError: 'daemon gone' })).outcome).toBe('infrastructure-error')
    expect(classifyRun(obs({ exitCode: null })).outcome).toBe('infrastructure-error')
  })
  it('loader text with an exit status a loader never uses is the program’s own output', () => {
    expect(classifyRun(obs({ exitCode: 2, stderr: GLIBC_MISSING_LIB })).outcome).toBe('exit-nonzero')
  })
})

describe('parsers', () => {
  it('dedupe and ignore unrelated text', () => {
    expect(parseMissingLibraries(`${GLIBC_MISSING_LIB}\n${GLIBC_MISSING_LIB}\nnoise`)).toEqual(['libsqlite3.so.0'])
    expect(parseMissingVersions(`${GLIBC_VERSION}\n${GLIBC_VERSION}`)).toHaveLength(3)
    expect(parseMissingVersions('version GLIBC_2.34 not found')).toEqual([])
  })
  it('names signals', () => {
    expect(signalName(11)).toBe('SIGSEGV')
    expect(signalName(34)).toBe('SIGRTMIN+0')
    expect(signalName(70)).toBe('SIG70')
  })
})
