import {
  glibcDefinitions,
  glibcSince,
  muslFloor,
  muslHas,
  muslLfs64Target,
  muslSince,
} from '../../src/knowledge/symbol-history.js'

describe('glibcSince (from the real Debian 11/12/13 libcs)', () => {
  test('earliest GLIBC node, hidden/compat versions included', () => {
    expect(glibcSince('arc4random')).toBe('GLIBC_2.36')
    expect(glibcSince('pthread_create')).toBe('GLIBC_2.2.5') // libpthread's node predates libc's GLIBC_2.34
    expect(glibcSince('statx')).toBe('GLIBC_2.28')
    expect(glibcSince('exp')).toBe('GLIBC_2.2.5')
    expect(glibcSince('close_range')).toBe('GLIBC_2.34')
    expect(glibcSince('no_such_function_here')).toBeNull()
    expect(glibcSince('arc4random', 'arm64')).toBeUndefined()
  })
  test('definitions name the library of each node', () => {
    const defs = glibcDefinitions('pthread_create')!
    expect(defs).toContainEqual({ library: 'libpthread.so.0', node: 'GLIBC_2.2.5' })
    expect(defs).toContainEqual({ library: 'libc.so.6', node: 'GLIBC_2.34' })
    expect(glibcDefinitions('exp')!.map((d) => d.library)).toContain('libm.so.6')
  })
})

describe('musl history', () => {
  test('muslSince follows the releases', () => {
    expect(muslSince('statx')).toBe('1.2.5')
    expect(muslSince('qsort_r')).toBe('1.2.3')
    expect(muslSince('reallocarray')).toBe('1.2.2')
    expect(muslSince('printf')).toBe('1.1.24')
    expect(muslSince('arc4random')).toBeNull()
    expect(muslSince('renameat2')).toBeNull() // Debian's backport, not in any upstream release
  })
  test('LFS64: stat64 binds on every release, through the remapping from 1.2.4 on', () => {
    expect(muslLfs64Target('stat64')).toBe('stat')
    expect(muslLfs64Target('readdir64_r')).toBe('readdir_r')
    expect(muslLfs64Target('statx64')).toBeNull()
    for (const v of ['1.1.24', '1.2.3', '1.2.4', '1.2.5']) expect(muslHas('stat64', v)).toBe(true)
    expect(muslSince('stat64')).toBe('1.1.24')
    expect(muslHas('statx', '1.2.4')).toBe(false)
    expect(muslHas('statx', '1.2.6')).toBe(true)
    expect(muslHas('statx', '1.1.20')).toBeUndefined()
  })
  test('muslFloor names the symbols that set it', () => {
    expect(muslFloor(['printf', 'statx', 'qsort_r'])).toEqual({ version: '1.2.5', symbols: ['statx'], missing: [] })
    expect(muslFloor(['printf', 'stat64'])).toEqual({ version: '1.1.24', symbols: [], missing: [] })
    expect(muslFloor(['gettid', 'reallocarray', 'arc4random'])).toEqual({
      version: '1.2.2',
      symbols: ['gettid', 'reallocarray'],
      missing: ['arc4random'],
    })
  })
})
