// The committed ELF fixtures (__tests__/fixtures/elf, built by scripts/fixtures/build-elf-fixtures.sh) and what the
// oracles said about each when they were built: reading them is all a hermetic unit test needs.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseGoVersionM, parseReadelf, type GoVersionFacts, type ReadelfFacts } from './elf-oracle.js'

const DIR = fileURLToPath(new URL('../fixtures/elf/', import.meta.url))

/** Every fixture, with what it stands for. */
export const FIXTURES = {
  'x86_64-dyn': 'x86-64 PIE, BIND_NOW, versioned needs from libc.so.6 and libm.so.6 (one weak import)',
  'aarch64-dyn': 'AArch64 executable, not PIE, lazy binding',
  'x86_64-lib.so': 'x86-64 shared library: soname, runpath, foo@V1 and foo@@V2 (.gnu.version_d)',
  'x86_64-static': 'x86-64 static executable from assembly, no dynamic section',
  'i386-static': 'i386 (ELF32) static executable from assembly',
  'go-buildinfo': "static executable carrying a real Go 1.19 build's .go.buildinfo",
  's390x-libutil.so.1': "big-endian ELF64 (s390x) glibc stub as Debian's cross libc ships it",
  'armhf-libdl.so.2': "ELF32 ARM glibc stub as Debian's cross libc ships it",
} as const

/** A fixture's name. */
export type FixtureName = keyof typeof FIXTURES

/** The fixture's bytes. */
export function fixture(name: FixtureName): Buffer {
  return readFileSync(DIR + name)
}

/** What `readelf -W -h -l -d -V --dyn-syms` printed for the fixture when it was built. */
export function recordedReadelf(name: FixtureName): ReadelfFacts {
  return parseReadelf(readFileSync(`${DIR}${name}.readelf.txt`, 'utf8'))
}

/** What `go version -m` printed for the fixture when it was built (null: not a Go binary). */
export function recordedGoVersion(name: FixtureName): GoVersionFacts | null {
  const path = `${DIR}${name}.go-version.txt`
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return null
  }
  return parseGoVersionM(name, text)
}

/** Every file in the fixture directory. */
export function fixtureFiles(): string[] {
  return readdirSync(DIR).sort()
}
