// A hand-assembled static ELF that keeps a target container alive with no shell: it first writes each argument's file
// to stdout as a record (what a probe would fetch through the archive API, read by the container itself at start),
// then answers each byte 1 it reads from stdin with the number of processes in the container (what a run left behind,
// without the engine's `top`, which costs a `ps` of the host each time), and sleeps once stdin ends. It makes itself
// non-dumpable first and runs as the container's init, so a binary run beside it as the same user can neither open its
// stdin or stdout nor read its memory nor signal it. Sources: scripts/idle/idle-*.s (scripts/idle/assemble.sh prints the hex below).

const BASE = 0x400000n
const HEADER_SIZE = 64 + 56

const X86_64_CODE =
  'bf0400000031f6b89d0000000f05488d5c24104881ec901000004531ff4531f6488b334885f60f84870100004981ff000100000f' +
  '837a0100004d89f849c1e004488d9424900000004901d049c7000000000049c7400800000000bf9cffffffba00080000b8010100' +
  '000f054885c00f88fd0000004989c44489e74889e6b8050000000f054885c00f88a2000000488b0424488b4c2408498900498948' +
  '08488d9424900000004531c94d39f97320483b027512483b4a08750c498d810010000048f7d8eb6b49ffc14883c210ebdb8b4424' +
  '182500f000003d0080000048c7c0eaffffff754b4c8b6c24304531f648c7c0e5ffffff4981fd0000000277334c89e84d85ed742b' +
  '31ff4c89eeba0100000041ba020000004d89e04531c9b8090000000f05483d01f0ffff73064989c64c89e8488904244489e7b803' +
  '0000000f05488b04244885c0782b4d85f67426e835000000bf010000004c89f64c89eab8010000000f054885c07e404901c64929' +
  'c575e1eb05e80f0000004883c30849ffc74531f6e99bfeffff4889442408bf01000000488d742408ba08000000b8010000000f05' +
  '4883f8087501c3bf01000000b8e70000000f0531ff4889e6ba0100000031c00f054883f8010f858c000000803c240175e2bf9cff' +
  'ffff488d358300000031d2b8010100000f054885c078624989c44531ed4489e7488db42490000000ba00100000b8d90000000f05' +
  '4885c0782e7429488db42490000000488d14060fb64e1383e93183f908770349ffc50fb74e104801ce4839d672e5ebb94c89e848' +
  '8904244489e7b8030000000f05488b0424e833ffffffe95cffffffb8220000000f05ebf72f70726f6300'

const AARCH64_CODE =
  '800080d2010080d2e81480d2010000d4f3430091ff0740d1ff4302d1140080d2180080d2610240f9810b00b49f0204f1420b0054' +
  'f5430291b512148bbf7e00a9600c8092020081d2030080d2080780d2010000d40008f8b7f60300aae1030091080a80d2010000d4' +
  '0005f8b7e92b40a9a92a00a9eb4302910c0080d29f0114eb420100546d39c1a8bf0109ebc0014afa8100005480054091e00300cb' +
  '1b0000148c050091f6ffff17e91340b9290d1412a00280923f21407181020054f71b40f9400380920940a0d2ff0209ebe8010054' +
  'e00317aab70100b4000080d2e10317aa220080d2430080d2e40316aa050080d2c81b80d2010000d41ffc3fb162000054f80300aa' +
  'e00317aaf90300aae00316aa280780d2010000d4e00319aac001f8b7b80100b411000094200080d2e10318aae20317aa080880d2' +
  '010000d41f0000f16d0200541803008bf70200ebe1feff5402000014050000947322009194060091180080d2b0ffff17e00300f9' +
  '200080d2e1030091020180d2080880d2010000d41f2000f141000054c0035fd6200080d2c80b80d2010000d4000080d2e1030091' +
  '220080d2e80780d2010000d41f0400f101050054e90340393f050071e1feff54600c809241050010020080d2030080d2080780d2' +
  '010000d48003f8b7f60300aa170080d2e00316aae1430291020082d2a80780d2010000d4e001f8b7a00100b4e94302912a01008b' +
  '2b4d40396bc500517f21007148000054f70600912b21407929010b8b3f010aeb03ffff54eeffff17e00317aaf90300aae00316aa' +
  '280780d2010000d4e00319aac8ffff97d3ffff17000080d2010080d2020080d2030080d2280980d2010000d4faffff172f70726f' +
  '6300'

/** Docker architectures the idle program exists for. */
export const IDLE_ARCHES = ['amd64', 'arm64'] as const

/** Arguments the idle program reads at most (its table of files seen). */
export const IDLE_MAX_FILES = 256

/** The idle program for a Docker architecture, or null when none exists (runs then use one container per binary). */
export function idleElf(arch: string): Uint8Array | null {
  if (arch === 'amd64') return buildElf(0x3e, Buffer.from(X86_64_CODE, 'hex'))
  if (arch === 'arm64') return buildElf(0xb7, Buffer.from(AARCH64_CODE, 'hex'))
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
