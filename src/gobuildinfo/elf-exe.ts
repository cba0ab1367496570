import { PT_LOAD, type ElfLayout } from '../elf/layout.js'
import type { ExeData } from './read.js'

/** Go's debug/buildinfo view of an ELF file: .go.buildinfo (or the first writable segment) read through PT_LOAD. */
export function elfExeData(layout: ElfLayout): ExeData {
  return {
    dataStart(): number | null {
      const sec = layout.sections.find((s) => s.name === '.go.buildinfo')
      if (sec) return sec.addr
      const seg = layout.phdrs.find((p) => p.type === PT_LOAD && (p.flags & 3) === 2)
      return seg ? seg.vaddr : null
    },
    readData(addr: number, size: number): Uint8Array | null {
      for (const p of layout.phdrs) {
        if (p.type !== PT_LOAD || !(p.filesz > 0)) continue
        if (addr >= p.vaddr && addr - p.vaddr < p.filesz) {
          const n = Math.min(size, p.filesz - (addr - p.vaddr))
          const off = p.offset + (addr - p.vaddr)
          if (!(off >= 0 && off + n <= layout.src.size)) return null
          return layout.src.read(off, n)
        }
      }
      return null
    },
  }
}
