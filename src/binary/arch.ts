// The Go (and Docker) name of an ELF machine: Go's knowledge, not the ELF file's, so it lives above src/elf.

/** The Go/Docker architecture name (amd64, arm64, ...) for a machine, class and byte order, or null. */
export function goArchOfMachine(machine: number, is64: boolean, little: boolean): string | null {
  switch (machine) {
    case 62:
      return is64 ? 'amd64' : 'amd64p32'
    case 3:
      return '386'
    case 183:
      return 'arm64'
    case 40:
      return 'arm'
    case 21:
      return little ? 'ppc64le' : 'ppc64'
    case 20:
      return 'ppc'
    case 22:
      return 's390x'
    case 8:
      return is64 ? (little ? 'mips64le' : 'mips64') : little ? 'mipsle' : 'mips'
    case 243:
      return is64 ? 'riscv64' : 'riscv32'
    case 258:
      return 'loong64'
    default:
      return null
  }
}
