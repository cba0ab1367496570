import type { Budget } from './budget.js'
import { ElfError } from './errors.js'
import { PT_NOTE, SHT_NOTE, type ElfLayout } from './layout.js'
import { readView, type View } from './view.js'

/** Facts from the GNU notes. */
export interface NoteFacts {
  abiTag: { os: string; kernel: string } | null
  buildId: string | null
  x86IsaLevel: number | null
}

const MAX_NOTES = 1 << 20
const ABI_OS = ['Linux', 'Hurd', 'Solaris', 'FreeBSD', 'NetBSD', 'Syllable', 'NaCl']
const NT_GNU_ABI_TAG = 1
const NT_GNU_BUILD_ID = 3
const NT_GNU_PROPERTY_TYPE_0 = 5
const GNU_PROPERTY_X86_ISA_1_NEEDED = 0xc0008002

/** Reads the PT_NOTE segments (or SHT_NOTE sections when there are none): ABI tag, build-id, x86 ISA level. */
export function readNotes(layout: ElfLayout, budget: Budget, warnings: string[]): NoteFacts {
  const facts: NoteFacts = { abiTag: null, buildId: null, x86IsaLevel: null }
  const ranges: { offset: number; size: number; align: number }[] = []
  for (const p of layout.phdrs)
    if (p.type === PT_NOTE) ranges.push({ offset: p.offset, size: p.filesz, align: p.align })
  if (ranges.length === 0) {
    for (const s of layout.sections) if (s.type === SHT_NOTE) ranges.push({ offset: s.offset, size: s.size, align: 4 })
  }
  let total = 0
  for (const r of ranges) {
    if (!(r.size > 0)) continue
    total += r.size
    if (!(total <= MAX_NOTES)) {
      warnings.push('notes larger than 1 MiB in total: the rest were skipped')
      break
    }
    try {
      const v = readView(layout.src, r.offset, r.size, layout.little, 'note segment')
      walkNotes(v, r.align === 8 ? 8 : 4, layout, facts, budget)
    } catch (e) {
      if (!(e instanceof ElfError) || e.code === 'BUDGET_EXCEEDED') throw e
      warnings.push(`notes: ${e.message}`)
    }
  }
  return facts
}

function walkNotes(v: View, align: number, layout: ElfLayout, facts: NoteFacts, budget: Budget): void {
  const pad = (n: number): number => (n + align - 1) & ~(align - 1)
  let off = 0
  while (off + 12 <= v.length) {
    budget.spend(1, v.base + off)
    const namesz = v.u32(off)
    const descsz = v.u32(off + 4)
    const type = v.u32(off + 8)
    const nameAt = off + 12
    const descAt = nameAt + ((namesz + 3) & ~3)
    if (!(namesz <= v.length && descsz <= v.length && descAt + descsz <= v.length)) {
      throw new ElfError('BAD_NOTE', `note at ${v.base + off} runs past its segment`, v.base + off)
    }
    const isGnu =
      namesz === 4 &&
      v.u8(nameAt) === 0x47 &&
      v.u8(nameAt + 1) === 0x4e &&
      v.u8(nameAt + 2) === 0x55 &&
      v.u8(nameAt + 3) === 0
    if (isGnu) {
      if (type === NT_GNU_ABI_TAG && descsz >= 16 && !facts.abiTag) {
        const os = v.u32(descAt)
        facts.abiTag = {
          os: ABI_OS[os] ?? `os-${os}`,
          kernel: `${v.u32(descAt + 4)}.${v.u32(descAt + 8)}.${v.u32(descAt + 12)}`,
        }
      } else if (type === NT_GNU_BUILD_ID && descsz > 0 && descsz <= 256 && !facts.buildId) {
        let hex = ''
        for (let i = 0; i < descsz; i++)
          hex += v
            .u8(descAt + i)
            .toString(16)
            .padStart(2, '0')
        facts.buildId = hex
      } else if (type === NT_GNU_PROPERTY_TYPE_0 && (layout.machine === 62 || layout.machine === 3)) {
        readProperties(v, descAt, descsz, layout.is64 ? 8 : 4, facts, budget)
      }
    }
    off = descAt + pad(descsz)
  }
}

function readProperties(v: View, at: number, size: number, align: number, facts: NoteFacts, budget: Budget): void {
  let off = at
  const end = at + size
  while (off + 8 <= end) {
    budget.spend(1, v.base + off)
    const type = v.u32(off)
    const datasz = v.u32(off + 4)
    if (!(off + 8 + datasz <= end)) return
    if (type === GNU_PROPERTY_X86_ISA_1_NEEDED && datasz >= 4) {
      const bits = v.u32(off + 8)
      facts.x86IsaLevel = bits === 0 ? null : 32 - Math.clz32(bits)
    }
    off += 8 + ((datasz + align - 1) & ~(align - 1))
  }
}
