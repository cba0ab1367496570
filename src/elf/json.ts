import { pendingSymbolTable } from './analyse.js'
import { INFO_BINDING, INFO_TYPE } from './names.js'
import { jsonPlan, type DynamicSymbolTable } from './symbol-table.js'
import type { ElfFacts } from './types.js'

const PLACEHOLDER = '\u0000abigap:dynamicSymbols\u0000'
const MARK = `"dynamicSymbols":${JSON.stringify(PLACEHOLDER)}`
const enc = new TextEncoder()

/**
 * Writes the `abigap inspect --json` document (schemaVersion 1) to `sink` in order: JSON.stringify({ schemaVersion:
 * 1, files }) plus a newline, byte for byte; undecoded symbol tables are streamed from raw bytes. A chunk is only
 * valid during the call (its memory may be reused for the next one).
 */
export function writeInspectDocument(files: ElfFacts[], sink: (chunk: Uint8Array) => void): void {
  let text = '{"schemaVersion":1,"files":['
  files.forEach((file, i) => {
    if (i > 0) text += ','
    const table = pendingSymbolTable(file)
    if (table === null) {
      text += JSON.stringify(file)
      return
    }
    const copy: Record<string, unknown> = {}
    for (const k of Object.keys(file)) copy[k] = k === 'dynamicSymbols' ? PLACEHOLDER : file[k as keyof ElfFacts]
    const json = JSON.stringify(copy)
    const at = json.indexOf(MARK)
    const key = '"dynamicSymbols":'
    sink(enc.encode(text + json.slice(0, at + key.length)))
    writeDynamicSymbolsJson(table, sink)
    text = json.slice(at + MARK.length)
  })
  sink(enc.encode(text + ']}\n'))
}

/** The `abigap inspect --json` document (see writeInspectDocument) as chunks to write in order. */
export function inspectDocument(files: ElfFacts[]): Uint8Array[] {
  const chunks: Uint8Array[] = []
  writeInspectDocument(files, (chunk) => chunks.push(chunk.slice()))
  return chunks
}

const CHUNK = 1 << 18
const MAX_FAST_NAME = 65536
const OPEN = enc.encode('{"name":')

/** A reused output buffer handed to the sink whenever it fills. */
class ChunkWriter {
  buf = new Uint8Array(CHUNK)
  pos = 0
  constructor(private readonly sink: (chunk: Uint8Array) => void) {}
  /** Makes room for n more bytes (flushing what is buffered). */
  room(n: number): void {
    if (this.pos + n <= this.buf.length) return
    this.flush()
    if (n > this.buf.length) this.buf = new Uint8Array(n)
  }
  put(b: Uint8Array): void {
    this.room(b.length)
    this.buf.set(b, this.pos)
    this.pos += b.length
  }
  flush(): void {
    if (this.pos > 0) this.sink(this.buf.subarray(0, this.pos))
    this.pos = 0
  }
}

/**
 * Writes the JSON text of `table.toArray()` (byte-for-byte what JSON.stringify gives) to `sink` in chunks, straight
 * from the raw tables: large little-endian tables through the WebAssembly kernel (symbol-kernel.ts), others with
 * writePlain. A chunk is only valid during the call. Plain TypeScript: names from a JSON-safe string table are copied as bytes, and everything after the name
 * (version, hidden, library, defined, binding, type) is one fragment built once per distinct combination.
 */
export function writeDynamicSymbolsJson(table: DynamicSymbolTable, sink: (chunk: Uint8Array) => void): void {
  const kernel = table.kernel()
  if (kernel === null || !kernel.writeJson(jsonPlan(table), sink)) writePlain(table, sink)
}

/** writeDynamicSymbolsJson in plain TypeScript (small or big-endian tables, or no WebAssembly). */
export function writePlain(table: DynamicSymbolTable, sink: (chunk: Uint8Array) => void): void {
  const { bytes, little, is64, entsize, count, strings, versions } = table.parts
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const infoAt = is64 ? 4 : 12
  const shndxAt = is64 ? 6 : 14
  const str = strings ? strings.bytes : new Uint8Array(0)
  const strLen = str.length
  // One native decode + regex says whether raw bytes can go straight into JSON (worth it for big tables only).
  const safe = strings !== null && count > 4096 && strings.jsonSafe()
  const hasDef = versions !== null && versions.hasDef
  // The st_name a defined symbol must have for its version to be hidden by readelf's rule (-1: none), per versym.
  const defNameOff = new Map<number, number>()
  const tails = new Map<number, Uint8Array>()
  const out = new ChunkWriter(sink)
  out.buf[out.pos++] = 0x5b
  for (let i = 1; i < count; i++) {
    const at = i * entsize
    const nameOff = dv.getUint32(at, little)
    const info = bytes[at + infoAt]
    const shndx = dv.getUint16(at + shndxAt, little)
    out.room(OPEN.length + 1)
    if (i > 1) out.buf[out.pos++] = 0x2c
    out.buf.set(OPEN, out.pos)
    out.pos += OPEN.length
    let fast = nameOff < strLen && !((info & 15) === 3 && nameOff === 0) && (str[nameOff] & 0xc0) !== 0x80
    if (fast) {
      let end = str.indexOf(0, nameOff)
      if (end < 0) end = strLen
      const len = end - nameOff
      fast = len <= MAX_FAST_NAME && (safe || plainAscii(str, nameOff, end))
      if (fast) {
        out.room(len + 2)
        const b = out.buf
        let p = out.pos
        b[p++] = 0x22
        if (len > 24) b.set(str.subarray(nameOff, end), p)
        else for (let k = 0; k < len; k++) b[p + k] = str[nameOff + k]
        p += len
        b[p++] = 0x22
        out.pos = p
      }
    }
    if (!fast) out.put(enc.encode(JSON.stringify(table.name(nameOff, info, shndx) ?? '')))
    const vers = table.versym(i)
    let same = 0
    if (hasDef && shndx !== 0 && vers !== 0) {
      let off = defNameOff.get(vers)
      if (off === undefined) {
        const def = vers !== 0x8001 ? versions.defByIndex.get(vers & 0x7fff) : undefined
        off = def !== undefined && def.nameOff >= 0 ? def.nameOff : -1
        defNameOff.set(vers, off)
      }
      if (off === nameOff) same = 1
    }
    const key = ((vers * 2 + same) * 2 + (shndx !== 0 ? 1 : 0)) * 256 + info
    let tail = tails.get(key)
    if (tail === undefined) tails.set(key, (tail = tailOf(table, vers, nameOff, shndx, info)))
    out.put(tail)
  }
  out.room(1)
  out.buf[out.pos++] = 0x5d
  out.flush()
}

/** The JSON of every field after the name, for one symbol (it depends only on the parts the caller keys it by). */
function tailOf(table: DynamicSymbolTable, vers: number, nameOff: number, shndx: number, info: number): Uint8Array {
  const [version, hidden] = table.version(vers, nameOff, shndx)
  const library = table.libraryOf(vers, version, hidden)
  return enc.encode(
    `,"version":${JSON.stringify(version)},"hidden":${hidden},"library":${JSON.stringify(library)},"defined":${shndx !== 0},"binding":${JSON.stringify(INFO_BINDING[info])},"type":${JSON.stringify(INFO_TYPE[info])}}`,
  )
}

function plainAscii(str: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = str[k]
    if (c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x80) return false
  }
  return true
}
