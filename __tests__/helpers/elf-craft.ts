// Crafting helpers for malformed-ELF tests: patch fields of a real little-endian ELF64 binary in memory.
import { fixture } from './elf-fixtures.js'

/** A section header as the tests need it. */
export interface RawSection {
  index: number
  name: string
  type: number
  at: number
  offset: number
  size: number
  link: number
  info: number
}

/** A copy of the x86-64 dynamic fixture (little-endian ELF64 with .dynsym, .gnu.hash and versioned needs). */
export function sampleBinary(): Buffer {
  return Buffer.from(fixture('x86_64-dyn'))
}

/** Parses the section headers of a little-endian ELF64 buffer. */
export function rawSections(b: Buffer): RawSection[] {
  const shoff = Number(b.readBigUInt64LE(0x28))
  const shentsize = b.readUInt16LE(0x3a)
  const shnum = b.readUInt16LE(0x3c)
  const shstrndx = b.readUInt16LE(0x3e)
  const secs: RawSection[] = []
  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * shentsize
    secs.push({
      index: i,
      name: '',
      type: b.readUInt32LE(at + 4),
      at,
      offset: Number(b.readBigUInt64LE(at + 24)),
      size: Number(b.readBigUInt64LE(at + 32)),
      link: b.readUInt32LE(at + 40),
      info: b.readUInt32LE(at + 44),
    })
  }
  const str = secs[shstrndx]
  for (const s of secs) {
    const off = str.offset + b.readUInt32LE(s.at)
    s.name = b.toString('latin1', off, b.indexOf(0, off))
  }
  return secs
}

/** The section named `name` (throws when absent so a test cannot silently pass). */
export function section(b: Buffer, name: string): RawSection {
  const s = rawSections(b).find((x) => x.name === name)
  if (!s) throw new Error(`sample binary has no ${name}`)
  return s
}

/** Program headers: [type, at (header offset), p_offset, p_filesz]. */
export function rawPrograms(b: Buffer): { type: number; at: number; offset: number; filesz: number }[] {
  const phoff = Number(b.readBigUInt64LE(0x20))
  const n = b.readUInt16LE(0x38)
  const out = []
  for (let i = 0; i < n; i++) {
    const at = phoff + i * 56
    out.push({
      type: b.readUInt32LE(at),
      at,
      offset: Number(b.readBigUInt64LE(at + 8)),
      filesz: Number(b.readBigUInt64LE(at + 32)),
    })
  }
  return out
}
