// The functions each upstream musl release exports (x86_64), from the real libcs in root-facts.json and musl's
// release history. Real: Debian trixie's 1.2.5 and the host's Debian 1.2.3 (both Debian builds, corrected to
// upstream below). Derived: the other releases, by the functions each release added, cited from musl's git history
// (files added under src/ between release tags, git://git.musl-libc.org/musl, mirror github.com/bminor/musl) and
// WHATSNEW. 64-bit only: on 32-bit archs 1.2.0 added the __*_time64 symbols, not modelled here.

/** Release steps, newest first: what the newer release has that the older lacks (cited). */
const STEPS = [
  {
    from: '1.2.5',
    to: '1.2.4',
    added: ['statx', 'preadv2', 'pwritev2'],
    cite: 'musl WHATSNEW 1.2.5 ("statx function", "preadv2 and pwritev2"); v1.2.4..v1.2.5 adds src/linux/{statx,preadv2,pwritev2}.c',
  },
  {
    from: '1.2.4',
    to: '1.2.3',
    added: [],
    removedLfs64: true,
    cite: 'musl commit 246f1c81 (v1.2.4) "remove LFS64 symbol aliases; replace with dynamic linker remapping"; WHATSNEW 1.2.4 lists no new functions',
  },
  {
    from: '1.2.3',
    to: '1.2.2',
    added: ['qsort_r', 'pthread_getname_np'],
    cite: 'musl WHATSNEW 1.2.3; v1.2.2..v1.2.3 adds src/stdlib/qsort_nr.c, src/thread/pthread_getname_np.c',
  },
  {
    from: '1.2.2',
    to: '1.2.1',
    added: ['_Fork', 'reallocarray', 'gettid', 'tcgetwinsize', 'tcsetwinsize'],
    cite: 'musl WHATSNEW 1.2.2; v1.2.1..v1.2.2 adds src/process/_Fork.c, src/malloc/reallocarray.c, src/linux/gettid.c, src/termios/tc{get,set}winsize.c',
  },
  { from: '1.2.1', to: '1.2.0', added: [], cite: 'musl v1.2.0..v1.2.1 adds only internal files (mallocng)' },
  {
    from: '1.2.0',
    to: '1.1.24',
    added: [],
    cite: 'musl WHATSNEW 1.2.0: time64 on 32-bit archs only; no new functions on 64-bit',
  },
]
/** Debian's builds differ from upstream: trixie's 1.2.5 backports renameat2; Debian's 1.2.3 is built without crypt. */
const DEBIAN_EXTRA_125 = {
  names: ['renameat2'],
  cite: 'renameat2 is musl commit 05ce67fe (2024-05-06), after v1.2.5: a Debian backport',
}
const DEBIAN_MISSING_123 = {
  names: ['crypt', 'crypt_r', 'encrypt', 'setkey'],
  cite: 'src/crypt/ ships in upstream v1.2.3; Debian 1.2.3-1 omits it',
}

/**
 * { releases: [oldest…newest], since: { version: 'names' }, removed: { version: 'names' }, sources: { version: text } }:
 * a name is exported by release R when since[S] lists it for S ≤ R and no removed[V] lists it for V ≤ R.
 */
export function muslReleases(real) {
  const set = (v) => new Set((real[v]?.exports ?? '').split(' ').filter(Boolean))
  const r125 = set('1.2.5')
  const r123 = set('1.2.3')
  if (!r125.size || !r123.size) throw new Error('root-facts.json lacks the real musl 1.2.5 or 1.2.3 exports')
  for (const n of DEBIAN_EXTRA_125.names) r125.delete(n)
  for (const n of DEBIAN_MISSING_123.names) r123.add(n)
  const sets = { '1.2.5': r125 }
  const sources = { '1.2.5': `real: ${real['1.2.5'].source}, minus ${DEBIAN_EXTRA_125.cite}` }
  let lfs64 = []
  for (const s of STEPS) {
    const next = new Set([...sets[s.from]].filter((n) => !s.added.includes(n)))
    if (s.removedLfs64) {
      lfs64 = [...r123].filter((n) => !next.has(n)).sort()
      for (const n of lfs64) next.add(n)
      const diff = [...next].filter((n) => !r123.has(n))
      if (diff.length) throw new Error(`musl 1.2.3 derived from 1.2.5 has ${diff.join(' ')} the real 1.2.3 lacks`)
      sources[s.to] =
        `real: ${real['1.2.3'].source}, plus ${DEBIAN_MISSING_123.cite}; equals 1.2.5 minus its additions plus the LFS64 aliases`
    } else if (!sources[s.to]) sources[s.to] = `derived from ${s.from}: ${s.cite}`
    sets[s.to] = next
  }
  const releases = ['1.1.24', '1.2.0', '1.2.1', '1.2.2', '1.2.3', '1.2.4', '1.2.5']
  const since = {}
  const removed = {}
  let prev = new Set()
  for (const v of releases) {
    const add = [...sets[v]].filter((n) => !prev.has(n)).sort()
    const gone = [...prev].filter((n) => !sets[v].has(n)).sort()
    if (add.length) since[v] = add.join(' ')
    if (gone.length) removed[v] = gone.join(' ')
    prev = sets[v]
  }
  return { releases, since, removed, sources }
}
