// Every case of the malformed-ELF checklist, with crafted bytes: a typed error or a partial result with warnings,
// never another exception, never a hang.
import { inspectBinary } from '../../src/binary/inspect.js'
import { bufferSource } from '../../src/elf/index.js'
import type { InspectedFile } from '../../src/binary/types.js'
import { rawPrograms, rawSections, sampleBinary, section } from '../helpers/elf-craft.js'

const base = sampleBinary()
const good = inspectBinary(bufferSource(base), 'good')

function analyse(b: Uint8Array, budget?: number): InspectedFile {
  const t = performance.now()
  const r = inspectBinary(bufferSource(b), 'x', { budget })
  expect(performance.now() - t).toBeLessThan(1000)
  expect(r.error?.code).not.toBe('INTERNAL')
  return r
}
function patched(fn: (b: Buffer) => void): Buffer {
  const b = Buffer.from(base)
  fn(b)
  return b
}
const put64 = (b: Buffer, at: number, v: bigint): void => void b.writeBigUInt64LE(v, at)

test('the sample binary itself parses cleanly', () => {
  expect(good.error).toBeNull()
  expect(good.needed.length).toBeGreaterThan(0)
  expect(good.versionNeeds.length).toBeGreaterThan(0)
})

describe('file and header', () => {
  test.each([
    ['empty', new Uint8Array(0)],
    ['short', Uint8Array.from([0x7f, 0x45, 0x4c])],
    ['bad magic', Buffer.from('#!/bin/sh\necho hello world, this is not ELF\n')],
  ])('1. %s → NOT_ELF', (_n, bytes) => {
    expect(analyse(bytes).error).toMatchObject({ code: 'NOT_ELF', offset: 0 })
  })
  test('2. valid e_ident, file shorter than the header → TRUNCATED', () => {
    expect(analyse(base.subarray(0, 40)).error?.code).toBe('TRUNCATED')
  })
  test.each([0, 3, 255])('3. EI_CLASS %i → BAD_CLASS', (c) => {
    expect(analyse(patched((b) => (b[4] = c))).error).toMatchObject({ code: 'BAD_CLASS', offset: 4 })
  })
  test.each([0, 3])('4. EI_DATA %i → BAD_DATA', (d) => {
    expect(analyse(patched((b) => (b[5] = d))).error).toMatchObject({ code: 'BAD_DATA', offset: 5 })
  })
  test('5. big-endian reads follow the header: a byte-swapped header parses as BE without crashing', () => {
    const r = analyse(patched((b) => (b[5] = 2)))
    expect(r.elf?.endian ?? 'big').toBe('big')
  })
  test('6. e_phentsize smaller than a program header → BAD_HEADER; larger is used as stride', () => {
    expect(analyse(patched((b) => b.writeUInt16LE(8, 0x36))).error?.code).toBe('BAD_HEADER')
    expect(analyse(patched((b) => b.writeUInt16LE(8, 0x3a))).error?.code).toBe('BAD_HEADER')
    const r = analyse(patched((b) => b.writeUInt16LE(64, 0x36)))
    expect(r.elf?.class).toBe(64) // a wider stride reads misaligned records: typed errors/warnings at most
  })
  test('7. EI_VERSION / e_version ≠ 1 → BAD_VERSION', () => {
    expect(analyse(patched((b) => (b[6] = 2))).error?.code).toBe('BAD_VERSION')
    expect(analyse(patched((b) => b.writeUInt32LE(7, 20))).error).toMatchObject({ code: 'BAD_VERSION', offset: 20 })
  })
  test('8. e_shentsize 0 with e_shnum > 0 → BAD_HEADER, program headers still used', () => {
    const r = analyse(patched((b) => b.writeUInt16LE(0, 0x3a)))
    expect(r.error?.code).toBe('BAD_HEADER')
    expect(r.needed).toEqual(good.needed)
  })
  test.each([
    ['e_shoff past EOF', 0x28, BigInt(base.length + 100)],
    ['e_shoff ≥ 2^63', 0x28, 1n << 63n],
    ['e_phoff past EOF', 0x20, BigInt(base.length + 100)],
    ['e_phoff ≥ 2^63', 0x20, 0xffffffffffffff00n],
  ])('9. %s → TRUNCATED', (_n, at, v) => {
    expect(analyse(patched((b) => put64(b, at, v))).error?.code).toBe('TRUNCATED')
  })
  test('10. table past EOF / count × entsize overflow', () => {
    expect(analyse(patched((b) => b.writeUInt16LE(0xfffe, 0x3c))).error?.code).toBe('TRUNCATED')
    expect(analyse(patched((b) => b.writeUInt16LE(0xfffe, 0x38))).error?.code).toBe('TRUNCATED')
  })
  test('11. e_shoff = 0 but e_shnum ≠ 0 → warning, program headers used', () => {
    const r = analyse(patched((b) => put64(b, 0x28, 0n)))
    expect(r.warnings.join()).toMatch(/e_shoff is 0/)
    expect(r.needed).toEqual(good.needed)
  })
  test('12. extended numbering: e_shnum = 0 and e_shstrndx = SHN_XINDEX read from section 0', () => {
    const secs = rawSections(base)
    const shstrndx = base.readUInt16LE(0x3e)
    const r = analyse(
      patched((b) => {
        put64(b, secs[0].at + 32, BigInt(secs.length))
        b.writeUInt32LE(shstrndx, secs[0].at + 40)
        b.writeUInt16LE(0, 0x3c)
        b.writeUInt16LE(0xffff, 0x3e)
      }),
    )
    expect(r.error).toBeNull()
    expect(r.dynamicSymbols).toEqual(good.dynamicSymbols)
    const huge = analyse(
      patched((b) => {
        put64(b, secs[0].at + 32, 1n << 40n)
        b.writeUInt16LE(0, 0x3c)
      }),
    )
    expect(huge.error?.code).toBe('TRUNCATED')
    const pn = analyse(
      patched((b) => {
        b.writeUInt32LE(0xffffff, secs[0].at + 44)
        b.writeUInt16LE(0xffff, 0x38)
      }),
    )
    expect(pn.error?.code).toBe('TRUNCATED')
  })
  test('13. e_shstrndx ≥ e_shnum or not a STRTAB → unnamed sections with a warning', () => {
    const r = analyse(patched((b) => b.writeUInt16LE(0xfff0, 0x3e)))
    expect(r.warnings.join()).toMatch(/e_shstrndx/)
    expect(r.needed).toEqual(good.needed)
    const dynsym = section(base, '.dynsym').index
    expect(analyse(patched((b) => b.writeUInt16LE(dynsym, 0x3e))).warnings.join()).toMatch(/not a string table/)
  })
})

describe('sections and segments', () => {
  test('14/15. section offset past EOF or above 2^53 → typed error, other facts kept', () => {
    const s = section(base, '.dynsym')
    for (const v of [BigInt(base.length), 1n << 60n]) {
      const r = analyse(patched((b) => put64(b, s.at + 24, v)))
      expect(r.error?.code).toBe('TRUNCATED')
      expect(r.needed).toEqual(good.needed)
    }
  })
  test('16. SHT_NOBITS with a huge size and offset is never read', () => {
    const bss = rawSections(base).find((s) => s.type === 8)!
    const r = analyse(
      patched((b) => {
        put64(b, bss.at + 24, 1n << 62n)
        put64(b, bss.at + 32, 1n << 62n)
      }),
    )
    expect(r.error).toBeNull()
  })
  test('17. zero-size .dynsym / .gnu.version_r → absent, not an error', () => {
    const r = analyse(
      patched((b) => {
        put64(b, section(base, '.dynsym').at + 32, 0n)
        put64(b, section(base, '.gnu.version_r').at + 32, 0n)
      }),
    )
    expect(r.error).toBeNull()
    expect(r.dynamicSymbols).toEqual([])
    expect(r.versionNeeds).toEqual([])
  })
  test('18. wrong sh_entsize and a size that is not a multiple', () => {
    const s = section(base, '.dynsym')
    const r = analyse(
      patched((b) => {
        put64(b, s.at + 56, 0n)
        put64(b, s.at + 32, BigInt(s.size - 5))
      }),
    )
    expect(r.warnings.join()).toMatch(/sh_entsize/)
    expect(r.dynamicSymbols.length).toBe(good.dynamicSymbols.length - 1)
  })
  test('19. sh_link out of range or self-referential', () => {
    const s = section(base, '.gnu.version_r')
    for (const link of [0xffff, s.index]) {
      const r = analyse(patched((b) => b.writeUInt32LE(link, s.at + 40)))
      expect(r.warnings.join()).toMatch(/sh_link/)
      expect(r.versionNeeds).toEqual(good.versionNeeds)
    }
  })
  test('20. overlapping sections are tolerated', () => {
    const a = section(base, '.dynsym')
    const r = analyse(patched((b) => put64(b, section(base, '.dynstr').at + 24, BigInt(a.offset))))
    expect(r.error).toBeNull()
  })
  test('21. p_offset/p_filesz past EOF, p_filesz = 0, vaddr wrap', () => {
    const interp = rawPrograms(base).find((p) => p.type === 3)!
    expect(analyse(patched((b) => put64(b, interp.at + 8, 1n << 50n))).warnings.join()).toMatch(/PT_INTERP/)
    const dynseg = rawPrograms(base).find((p) => p.type === 2)!
    const r = analyse(patched((b) => put64(b, dynseg.at + 32, 0n)))
    expect(r.needed).toEqual(good.needed) // falls back to SHT_DYNAMIC
    const load = rawPrograms(base).find((p) => p.type === 1)!
    expect(analyse(patched((b) => put64(b, load.at + 16, 0xfffffffffffffff0n))).error?.code).not.toBe('INTERNAL')
  })
  test('22. no section headers: PT_DYNAMIC + DT_* through PT_LOAD give the same facts', () => {
    const r = analyse(
      patched((b) => {
        put64(b, 0x28, 0n)
        b.writeUInt16LE(0, 0x3c)
        b.writeUInt16LE(0, 0x3e)
      }),
    )
    expect(r.error).toBeNull()
    expect(r.needed).toEqual(good.needed)
    expect(r.versionNeeds).toEqual(good.versionNeeds)
    expect(r.dynamicSymbols.map((s) => [s.name, s.version])).toEqual(
      good.dynamicSymbols.map((s) => [s.name, s.version]),
    )
    expect(r.stripped).toBe(true)
  })
  test('22b. without section headers an unmapped DT_STRTAB is an error, not a read at offset 0', () => {
    const dyn = rawPrograms(base).find((p) => p.type === 2)!
    const r = analyse(
      patched((b) => {
        put64(b, 0x28, 0n)
        b.writeUInt16LE(0, 0x3c)
        for (let at = dyn.offset; at < dyn.offset + dyn.filesz; at += 16) {
          if (b.readBigUInt64LE(at) === 5n) put64(b, at + 8, 0x7fff_0000_0000n)
        }
      }),
    )
    expect(r.needed).toEqual([])
    expect(r.warnings.join()).toMatch(/UNMAPPED_ADDRESS|DT_NEEDED/)
  })
  test('23. dynamic section without DT_NULL', () => {
    const dyn = rawPrograms(base).find((p) => p.type === 2)!
    const r = analyse(
      patched((b) => {
        for (let at = dyn.offset; at < dyn.offset + dyn.filesz; at += 16)
          if (b.readBigUInt64LE(at) === 0n) put64(b, at, 0x7000_0000n)
      }),
    )
    expect(r.warnings.join()).toMatch(/DT_NULL/)
    expect(r.needed).toEqual(good.needed)
  })
  test('24. DT_NEEDED offsets past .dynstr → warning, entry skipped', () => {
    const dyn = rawPrograms(base).find((p) => p.type === 2)!
    const r = analyse(
      patched((b) => {
        for (let at = dyn.offset; at < dyn.offset + dyn.filesz; at += 16)
          if (b.readBigUInt64LE(at) === 1n) put64(b, at + 8, 1n << 40n)
      }),
    )
    expect(r.needed).toEqual([])
    expect(r.warnings.join()).toMatch(/DT_NEEDED/)
  })
})

describe('strings and symbols', () => {
  test('25/26/28. unterminated strings run to the table end; out-of-range st_name → warning', () => {
    const str = section(base, '.dynstr')
    const r = analyse(patched((b) => b.fill(0x41, str.offset + str.size - 8, str.offset + str.size)))
    expect(r.error).toBeNull()
    const sym = section(base, '.dynsym')
    const r2 = analyse(patched((b) => b.writeUInt32LE(0xfffffff0, sym.offset + 24)))
    expect(r2.warnings.join()).toMatch(/outside the string table/)
  })
  test('27. hostile but valid strings are kept raw in data (escaping is the output layer’s job)', () => {
    const str = section(base, '.dynstr')
    const first = good.needed[0]
    const at = base.indexOf(Buffer.from(first + '\0'), str.offset)
    const evil = '::error::\n%'.slice(0, first.length).padEnd(first.length, '\x01')
    const r = analyse(patched((b) => b.write(evil, at, 'latin1')))
    expect(r.needed[0]).toBe(evil)
  })
  test('29. special st_shndx values', () => {
    const sym = section(base, '.dynsym')
    const r = analyse(
      patched((b) => {
        b.writeUInt16LE(0xfff1, sym.offset + 24 + 6)
        b.writeUInt16LE(0xffff, sym.offset + 48 + 6)
      }),
    )
    expect(r.error).toBeNull()
    expect(r.dynamicSymbols[0].defined).toBe(true)
  })
  test('30/42. a tiny work budget ends with BUDGET_EXCEEDED', () => {
    expect(analyse(base, 20).error?.code).toBe('BUDGET_EXCEEDED')
  })
})

describe('symbol versioning', () => {
  const need = section(base, '.gnu.version_r')
  test('31. versym count ≠ dynsym count', () => {
    const vs = section(base, '.gnu.version')
    const r = analyse(patched((b) => put64(b, vs.at + 32, BigInt(vs.size - 4))))
    expect(r.warnings.join()).toMatch(/entries but .dynsym/)
    expect(r.dynamicSymbols.at(-1)!.version).toBeNull()
  })
  test('32. versym index without a matching vna_other → no version', () => {
    const vs = section(base, '.gnu.version')
    const r = analyse(patched((b) => b.writeUInt16LE(0x7ff0, vs.offset + 2)))
    expect(r.dynamicSymbols[0].version).toBeNull()
  })
  test('33. counts of 0xFFFF / 0xFFFFFFFF with vn_next = 0', () => {
    const r = analyse(
      patched((b) => {
        b.writeUInt32LE(0xffffffff, need.at + 44)
        b.writeUInt16LE(0xffff, need.offset + 2)
      }),
    )
    expect(r.error?.code ?? 'warn').not.toBe('INTERNAL')
    expect(r.warnings.length + (r.error ? 1 : 0)).toBeGreaterThan(0)
  })
  test('34. vn_next smaller than a record, pointing backwards (wraps) or into a cycle → BAD_VERSION_CHAIN', () => {
    for (const next of [4, 0xfffffff0]) {
      const r = analyse(
        patched((b) => {
          b.writeUInt32LE(2, need.at + 44)
          b.writeUInt32LE(next, need.offset + 12)
        }),
      )
      expect(['BAD_VERSION_CHAIN', 'TRUNCATED']).toContain(r.error?.code)
    }
    const aux = need.offset + base.readUInt32LE(need.offset + 8)
    const r = analyse(
      patched((b) => {
        b.writeUInt16LE(0xffff, need.offset + 2)
        b.writeUInt32LE(0, aux + 12) // aux chain ends early
      }),
    )
    expect(r.warnings.join()).toMatch(/aux chain/)
  })
  test('35. vn_aux pointing outside the section', () => {
    const r = analyse(patched((b) => b.writeUInt32LE(0x7fffffff, need.offset + 8)))
    expect(r.error).toMatchObject({ code: 'BAD_VERSION_CHAIN' })
    expect(r.needed).toEqual(good.needed)
  })
  test('36/37. vn_version ≠ 1 and sh_link not a STRTAB', () => {
    const r = analyse(
      patched((b) => {
        b.writeUInt16LE(7, need.offset)
        b.writeUInt32LE(0, need.at + 40)
      }),
    )
    expect(r.warnings.join()).toMatch(/vn_version 7/)
    expect(r.versionNeeds).toEqual(good.versionNeeds)
  })
  test('33/34/36. verdef chains (vd_cnt 0, short vd_next) on a crafted library', () => {
    const lib = analyseLibWithDefs()
    expect(lib?.error?.code).not.toBe('INTERNAL')
  })
})

function analyseLibWithDefs(): InspectedFile | null {
  // The sample binary has no .gnu.version_d; retype .gnu.version_r as VERDEF so the def walker meets foreign data.
  const r = analyse(patched((b) => b.writeUInt32LE(0x6ffffffd, section(base, '.gnu.version_r').at + 4)))
  expect(r.versionDefs.length + r.warnings.length + (r.error ? 1 : 0)).toBeGreaterThan(0)
  return r
}

describe('Go build info', () => {
  const blob = (body: number[]): Uint8Array => {
    // A minimal ELF64 with one writable PT_LOAD holding `body`.
    const b = Buffer.alloc(0x1000 + body.length)
    b.writeUInt32BE(0x7f454c46, 0)
    b[4] = 2
    b[5] = 1
    b[6] = 1
    b.writeUInt16LE(2, 16)
    b.writeUInt16LE(62, 18)
    b.writeUInt32LE(1, 20)
    put64(b, 32, 64n)
    b.writeUInt16LE(56, 0x36)
    b.writeUInt16LE(1, 0x38)
    b.writeUInt32LE(1, 64)
    b.writeUInt32LE(6, 68)
    put64(b, 72, 0x1000n)
    put64(b, 80, 0x400000n)
    put64(b, 96, BigInt(body.length))
    put64(b, 104, BigInt(body.length))
    Buffer.from(body).copy(b, 0x1000)
    return b
  }
  const magic = [0xff, ...Buffer.from(' Go buildinf:')]
  test('38. magic missing / short blob → not a Go binary, no error', () => {
    expect(analyse(blob([1, 2, 3])).go).toBeNull()
    expect(analyse(blob([...magic, 8, 2])).go).toBeNull()
  })
  test('39. pointer format: bad ptrSize, unmapped pointers', () => {
    const hdr = [...magic, 3, 0, ...new Array(16).fill(0)]
    expect(analyse(blob(hdr)).go).toBeNull()
    const unmapped = [...magic, 8, 0, ...new Array(16).fill(0x7f)]
    expect(analyse(blob(unmapped)).go).toBeNull()
  })
  test('40. varint format: overflow and length past the data; a >64 KiB modinfo is read', () => {
    const over = [...magic, 8, 2, ...new Array(16).fill(0), ...new Array(11).fill(0xff)]
    expect(analyse(blob(over)).go).toBeNull()
    const past = [...magic, 8, 2, ...new Array(16).fill(0), 0x7f, 0x41]
    expect(analyse(blob(past)).go).toBeNull()
    const deps = Array.from(
      { length: 2000 },
      (_, i) => `dep\texample.com/m${i}\tv1.0.${i}\th1:${'x'.repeat(44)}=\n`,
    ).join('')
    const mod =
      '0'.repeat(16) +
      `path\texample.com/a\nmod\texample.com/a\t(devel)\t\n${deps}build\tCGO_ENABLED=0\nbuild\t-ldflags="-s -w"\n` +
      '1'.repeat(16)
    const enc = (s: string): number[] => {
      const bytes = [...Buffer.from(s)]
      const len: number[] = []
      let n = bytes.length
      while (n >= 0x80) {
        len.push((n & 0x7f) | 0x80)
        n = Math.floor(n / 128)
      }
      len.push(n)
      return [...len, ...bytes]
    }
    const r = analyse(blob([...magic, 8, 2, ...new Array(16).fill(0), ...enc('go1.21.0'), ...enc(mod)]))
    expect(mod.length).toBeGreaterThan(65536)
    expect(r.go?.version).toBe('go1.21.0')
    expect(r.go?.deps).toHaveLength(2000)
    expect(r.go?.settings).toEqual({ CGO_ENABLED: '0', '-ldflags': '-s -w' })
    expect(r.libc).toBe('none')
  })
})

describe('global limits', () => {
  test('43. SHF_COMPRESSED sections are never decompressed (flag set on .dynstr: still read raw)', () => {
    const s = section(base, '.dynstr')
    const r = analyse(patched((b) => put64(b, s.at + 8, 0x800n)))
    expect(r.needed).toEqual(good.needed)
  })
  test('44. DT_GNU_HASH bucket counts are bounded by the mapped data', () => {
    const gh = section(base, '.gnu.hash')
    const r = analyse(
      patched((b) => {
        put64(b, 0x28, 0n)
        b.writeUInt16LE(0, 0x3c)
        b.writeUInt32LE(0xffffffff, gh.offset)
      }),
    )
    expect(r.error?.code ?? 'ok').not.toBe('INTERNAL')
  })
})
