import { loaderFlavor } from '../binary/libc.js'
import type { InspectedElfHeader } from '../binary/types.js'

/** The architecture of a file: the ELF module's own (from e_machine), else derived from its machine name. */
export function archOf(elf: Pick<InspectedElfHeader, 'machine' | 'class' | 'endian' | 'arch'>): string | null {
  return elf.arch ?? archOfMachine(elf.machine, elf.class, elf.endian)
}

/** The Docker architecture of an ELF machine (names as src/elf/names.ts prints them), or null when unknown. */
export function archOfMachine(machine: string, elfClass: 32 | 64, endian: 'little' | 'big'): string | null {
  const m = machine.toLowerCase()
  if (m.includes('x86-64')) return elfClass === 64 ? 'amd64' : 'amd64p32'
  if (m === 'aarch64') return 'arm64'
  if (m === 'arm') return 'arm'
  if (m.includes('80386')) return '386'
  if (m.includes('s/390')) return 's390x'
  if (m === 'powerpc64') return endian === 'little' ? 'ppc64le' : 'ppc64'
  if (m === 'powerpc') return 'ppc'
  if (m.startsWith('mips'))
    return elfClass === 64 ? (endian === 'little' ? 'mips64le' : 'mips64') : endian === 'little' ? 'mipsle' : 'mips'
  if (m.startsWith('risc-v')) return elfClass === 64 ? 'riscv64' : 'riscv32'
  return null
}

/** Normalises architecture spellings: x86_64 → amd64, aarch64 → arm64, i386/i686 → 386, armhf/armv7l → arm. */
export function normaliseArch(arch: string): string {
  const a = arch
    .toLowerCase()
    .replace(/^linux\//, '')
    .replace(/\/v\d+$/, '')
  const map: Record<string, string> = {
    x86_64: 'amd64',
    'x86-64': 'amd64',
    aarch64: 'arm64',
    arm64v8: 'arm64',
    i386: '386',
    i686: '386',
    x86: '386',
    armhf: 'arm',
    armv7l: 'arm',
    armv7: 'arm',
    armel: 'arm',
    arm32v7: 'arm',
    powerpc64le: 'ppc64le',
    ppc64el: 'ppc64le',
    s390: 's390x',
    riscv: 'riscv64',
  }
  return map[a] ?? a
}

/** glibc dynamic loader paths per architecture (the PT_INTERP a glibc binary names). */
export const GLIBC_LOADERS: Record<string, string[]> = {
  amd64: ['/lib64/ld-linux-x86-64.so.2'],
  arm64: ['/lib/ld-linux-aarch64.so.1'],
  arm: ['/lib/ld-linux-armhf.so.3', '/lib/ld-linux.so.3'],
  '386': ['/lib/ld-linux.so.2'],
  s390x: ['/lib/ld64.so.1'],
  ppc64le: ['/lib64/ld64.so.2'],
  ppc64: ['/lib64/ld64.so.1'],
  mips: ['/lib/ld.so.1'],
  mipsle: ['/lib/ld.so.1'],
  riscv64: ['/lib/ld-linux-riscv64-lp64d.so.1'],
}

/** musl's name for an architecture in /lib/ld-musl-<name>.so.1. */
export const MUSL_ARCH_NAMES: Record<string, string> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  arm: 'armhf',
  '386': 'i386',
  s390x: 's390x',
  ppc64le: 'powerpc64le',
  ppc64: 'powerpc64',
  mips: 'mips',
  mipsle: 'mipsel',
  riscv64: 'riscv64',
}

/** The musl loader path for an architecture (/lib/ld-musl-x86_64.so.1). */
export function muslLoader(arch: string): string | null {
  const n = MUSL_ARCH_NAMES[arch]
  return n ? `/lib/ld-musl-${n}.so.1` : null
}

/** Which libc a PT_INTERP path belongs to: the ELF module's one answer (src/binary/libc.ts). */
export { loaderFlavor }
