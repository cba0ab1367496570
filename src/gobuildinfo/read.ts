import type { GoBuildInfo } from './types.js'
import { parseModInfo } from './modinfo.js'

/** What the build-info reader needs from an executable: Go's debug/buildinfo `exe` interface, format-agnostic. */
export interface ExeData {
  /** Virtual address where Go starts looking for the build-info blob (.go.buildinfo, else the first writable segment), or null. */
  dataStart(): number | null
  /** Up to `size` bytes of file data mapped at virtual address `addr` (fewer at a segment end), or null when unmapped. */
  readData(addr: number, size: number): Uint8Array | null
}

/** The 14-byte magic that starts the blob: "\xff Go buildinf:". */
const MAGIC = [0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64, 0x69, 0x6e, 0x66, 0x3a]
const ALIGN = 16
const HEADER = 32
/** Window scanned for the magic, as Go's debug/buildinfo does. */
const SCAN = 64 * 1024
/** Upper bound for the version and modinfo strings (module info over 64 KiB is legitimate). */
const MAX_STRING = 16 << 20

const latin = new TextDecoder('utf-8', { fatal: false })

/**
 * Reads Go build information (Go ≥ 1.18 inline varint strings, or the older pointer format) the way
 * debug/buildinfo does. Returns null when the file is not a Go binary; problems with a present blob go to `problems`.
 */
export function readGoBuildInfo(exe: ExeData, problems: string[] = []): GoBuildInfo | null {
  const start = exe.dataStart()
  if (start === null) return null
  const window = exe.readData(start, SCAN)
  if (!window) return null
  const at = findMagic(window)
  if (at < 0) return null
  const base = start + at
  const head = window.subarray(at, at + HEADER)
  const ptrSize = head[14]
  const flags = head[15]
  let version: string | null
  let mod: string | null
  if (flags & 2) {
    const rest = readInline(exe, base + HEADER, window.subarray(at + HEADER))
    if (!rest) {
      problems.push('go buildinfo: inline strings run past the data')
      return null
    }
    ;[version, mod] = rest
  } else {
    if (ptrSize !== 4 && ptrSize !== 8) {
      problems.push(`go buildinfo: pointer size ${ptrSize} is neither 4 nor 8`)
      return null
    }
    const big = flags !== 0
    const vAddr = readPtr(head, 16, ptrSize, big)
    const mAddr = readPtr(head, 16 + ptrSize, ptrSize, big)
    version = readGoString(exe, vAddr, ptrSize, big)
    mod = readGoString(exe, mAddr, ptrSize, big) ?? ''
  }
  if (!version) return null
  // Strip the 16-byte sentinels framing the module info (cmd/go/internal/modload infoStart/infoEnd).
  if (mod !== null && mod.length >= 33 && mod[mod.length - 17] === '\n') mod = mod.slice(16, mod.length - 16)
  else mod = ''
  return parseModInfo(version, mod, problems)
}

function findMagic(data: Uint8Array): number {
  for (let i = 0; i + HEADER <= data.length; i += ALIGN) {
    let ok = true
    for (let j = 0; j < MAGIC.length; j++) {
      if (data[i + j] !== MAGIC[j]) {
        ok = false
        break
      }
    }
    if (ok) return i
  }
  return -1
}

function readPtr(b: Uint8Array, at: number, size: number, big: boolean): number {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength)
  if (size === 4) return dv.getUint32(at, !big)
  const hi = dv.getUint32(big ? at : at + 4, !big)
  const lo = dv.getUint32(big ? at + 4 : at, !big)
  return hi >= 0x20_0000 ? Infinity : hi * 0x1_0000_0000 + lo
}

function readGoString(exe: ExeData, addr: number, ptrSize: number, big: boolean): string | null {
  if (!Number.isFinite(addr)) return null
  const hdr = exe.readData(addr, 2 * ptrSize)
  if (!hdr || hdr.length < 2 * ptrSize) return null
  const dataAddr = readPtr(hdr, 0, ptrSize, big)
  const len = readPtr(hdr, ptrSize, ptrSize, big)
  if (!Number.isFinite(dataAddr) || !(len <= MAX_STRING)) return null
  if (len === 0) return ''
  const data = exe.readData(dataAddr, len)
  if (!data || data.length < len) return null
  return latin.decode(data)
}

/** Decodes the two uvarint-prefixed strings after the header, re-reading beyond the scan window when needed. */
function readInline(exe: ExeData, addr: number, initial: Uint8Array): [string, string] | null {
  let data = initial
  const out: string[] = []
  let pos = 0
  for (let k = 0; k < 2; k++) {
    const v = uvarint(data, pos)
    if (!v) return null
    const [len, n] = v
    if (!(len <= MAX_STRING)) return null
    if (pos + n + len > data.length) {
      const more = exe.readData(addr, pos + n + len)
      if (!more || more.length < pos + n + len) return null
      data = more
    }
    out.push(latin.decode(data.subarray(pos + n, pos + n + len)))
    pos += n + len
  }
  return [out[0], out[1]]
}

/** Go's binary.Uvarint: [value, bytes read] or null on overflow/truncation. */
function uvarint(b: Uint8Array, at: number): [number, number] | null {
  let x = 0
  let mul = 1
  for (let i = 0; i < 10 && at + i < b.length; i++) {
    const c = b[at + i]
    x += (c & 0x7f) * mul
    if (c < 0x80) return x > Number.MAX_SAFE_INTEGER ? null : [x, i + 1]
    mul *= 128
  }
  return null
}
