import { MACHINE_NAMES } from './machines.js'

/** readelf's machine name for e_machine, or `<unknown>: 0x..` as readelf prints unnamed ones. */
export function machineName(machine: number): string {
  return MACHINE_NAMES[machine] ?? `<unknown>: 0x${machine.toString(16)}`
}

const OSABIS: Record<number, string> = {
  0: 'UNIX - System V',
  1: 'UNIX - HP-UX',
  2: 'UNIX - NetBSD',
  3: 'UNIX - GNU',
  6: 'UNIX - Solaris',
  7: 'UNIX - AIX',
  8: 'UNIX - IRIX',
  9: 'UNIX - FreeBSD',
  10: 'UNIX - TRU64',
  11: 'Novell - Modesto',
  12: 'UNIX - OpenBSD',
  13: 'VMS - OpenVMS',
  14: 'HP - Non-Stop Kernel',
  15: 'AROS',
  16: 'FenixOS',
  17: 'Nuxi CloudABI',
  18: 'Stratus Technologies OpenVOS',
}

/** readelf's OS/ABI name for EI_OSABI. */
export function osabiName(osabi: number): string {
  return OSABIS[osabi] ?? `<unknown: ${osabi.toString(16)}>`
}

/** readelf's short file-type name (EXEC, DYN, REL, CORE, NONE) or a hex number for others. */
export function typeName(type: number): string {
  switch (type) {
    case 0:
      return 'NONE'
    case 1:
      return 'REL'
    case 2:
      return 'EXEC'
    case 3:
      return 'DYN'
    case 4:
      return 'CORE'
    default:
      return `0x${type.toString(16)}`
  }
}

const BINDINGS = ['LOCAL', 'GLOBAL', 'WEAK']
const TYPES = ['NOTYPE', 'OBJECT', 'FUNC', 'SECTION', 'FILE', 'COMMON', 'TLS']

/** Symbol binding name (LOCAL, GLOBAL, WEAK, UNIQUE) or its number. */
export function bindingName(bind: number): string {
  if (bind < 3) return BINDINGS[bind]
  if (bind === 10) return 'UNIQUE'
  return String(bind)
}

/** Symbol type name (NOTYPE, OBJECT, FUNC, ..., IFUNC) or its number. */
export function symbolTypeName(type: number): string {
  if (type < 7) return TYPES[type]
  if (type === 10) return 'IFUNC'
  return String(type)
}

/** Pre-computed names for every st_info byte (binding, type) so the symbol loop allocates nothing. */
export const INFO_BINDING: string[] = Array.from({ length: 256 }, (_, i) => bindingName(i >> 4))
/** Type names indexed by st_info. */
export const INFO_TYPE: string[] = Array.from({ length: 256 }, (_, i) => symbolTypeName(i & 15))
