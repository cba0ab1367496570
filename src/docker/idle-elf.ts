// A hand-assembled static ELF that sleeps forever (pause/ppoll loop): keeps a target container alive with no shell.

const BASE = 0x400000n
const HEADER_SIZE = 64 + 56

// x86-64: loop: mov eax, 34 (pause); syscall; jmp loop
const X86_64_CODE = [0xb8, 0x22, 0x00, 0x00, 0x00, 0x0f, 0x05, 0xeb, 0xf7]
// aarch64: loop: mov x0..x3, #0; mov x8, #73 (ppoll, blocks forever with no fds and no timeout); svc #0; b loop
const AARCH64_CODE = [0xd2800000, 0xd2800001, 0xd2800002, 0xd2800003, 0xd2800928, 0xd4000001, 0x17fffffa]

/** Docker architectures the idle program exists for. */
export const IDLE_ARCHES = ['amd64', 'arm64'] as const

/** The idle program for a Docker architecture, or null when none exists (runs then use one container per binary). */
export function idleElf(arch: string): Uint8Array | null {
  if (arch === 'amd64') return buildElf(0x3e, Uint8Array.from(X86_64_CODE))
  if (arch === 'arm64') {
    const code = new Uint8Array(AARCH64_CODE.length * 4)
    const view = new DataView(code.buffer)
    AARCH64_CODE.forEach((insn, i) => view.setUint32(i * 4, insn, true))
    return buildElf(0xb7, code)
  }
  return null
}

function buildElf(machine: number, code: Uint8Array): Uint8Array {
  const size = HEADER_SIZE + code.length
  const out = new Uint8Array(size)
  const v = new DataView(out.buffer)
  out.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 0) // ELF64, little-endian, version 1, System V
  v.setUint16(16, 2, true) // ET_EXEC
  v.setUint16(18, machine, true)
  v.setUint32(20, 1, true)
  v.setBigUint64(24, BASE + BigInt(HEADER_SIZE), true) // entry
  v.setBigUint64(32, 64n, true) // phoff
  v.setUint16(52, 64, true) // ehsize
  v.setUint16(54, 56, true) // phentsize
  v.setUint16(56, 1, true) // phnum
  // PT_LOAD, R+X, the whole file at BASE
  v.setUint32(64, 1, true)
  v.setUint32(68, 5, true)
  v.setBigUint64(72, 0n, true)
  v.setBigUint64(80, BASE, true)
  v.setBigUint64(88, BASE, true)
  v.setBigUint64(96, BigInt(size), true)
  v.setBigUint64(104, BigInt(size), true)
  v.setBigUint64(112, 0x1000n, true)
  out.set(code, HEADER_SIZE)
  return out
}
