/** Longest string the parser keeps (longer ones are cut): real symbol names stay far below it. */
export const MAX_STRING = 65536

const utf8 = new TextDecoder('utf-8', { fatal: false })
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A string table (.dynstr, .shstrtab, ...) decoded lazily. A valid UTF-8 table is decoded once (one native call) and
 * each name is cut out of it with indexOf/substring, byte offsets being mapped to string offsets through the (few)
 * multi-byte sequences; other tables decode each string on demand (non-fatal UTF-8) with a cache.
 */
export class StringTable {
  readonly bytes: Uint8Array
  private whole: string | null | undefined
  /** Byte positions of multi-byte sequence leads, and how many bytes were absorbed up to and including each. */
  private leads: Int32Array | null = null
  private absorbed: Int32Array | null = null
  private cache: Map<number, string> | null = null
  private lookups = 0
  private safe: boolean | undefined

  constructor(bytes: Uint8Array) {
    this.bytes = bytes
  }

  /** Size in bytes. */
  get size(): number {
    return this.bytes.length
  }

  /** The NUL-terminated string at `offset` (running to the end of the table if unterminated), or null if out of range. */
  get(offset: number): string | null {
    const b = this.bytes
    if (!(offset >= 0 && offset < b.length)) return null
    if (this.whole === undefined) {
      // A few lookups decode one string each; many lookups pay once for decoding the whole table.
      if (++this.lookups < 256) return this.slow(offset)
      this.prepare()
    }
    const whole = this.whole
    if (whole != null) {
      let start = offset
      const leads = this.leads
      if (leads !== null) {
        if (b[offset] >= 0x80 && b[offset] < 0xc0) return this.slow(offset)
        // Number of sequences starting before `offset`.
        let lo = 0
        let hi = leads.length
        while (lo < hi) {
          const mid = (lo + hi) >>> 1
          if (leads[mid] < offset) lo = mid + 1
          else hi = mid
        }
        if (lo > 0) start = offset - this.absorbed![lo - 1]
      }
      let end = whole.indexOf('\0', start)
      if (end < 0) end = whole.length
      if (end - start > MAX_STRING) end = start + MAX_STRING
      return whole.substring(start, end)
    }
    return this.slow(offset)
  }

  /**
   * True when every string of the table can be copied into JSON as raw bytes: valid UTF-8 without quotes,
   * backslashes or control characters (decodes the whole table once).
   */
  jsonSafe(): boolean {
    if (this.safe === undefined) {
      if (this.whole === undefined) this.prepare()
      // eslint-disable-next-line no-control-regex
      this.safe = this.whole != null && !/["\\\x01-\x1f]/.test(this.whole)
    }
    return this.safe
  }

  /** Decodes the one string at `offset` (non-fatal UTF-8, cached); offset must be in range. */
  slow(offset: number): string {
    const b = this.bytes
    const cache = (this.cache ??= new Map())
    const hit = cache.get(offset)
    if (hit !== undefined) return hit
    let end = b.indexOf(0, offset)
    if (end < 0) end = b.length
    if (end - offset > MAX_STRING) end = offset + MAX_STRING
    const s = utf8.decode(b.subarray(offset, end))
    cache.set(offset, s)
    return s
  }

  private prepare(): void {
    const b = this.bytes
    let s: string
    try {
      s = strictUtf8.decode(b)
    } catch {
      this.whole = null
      return
    }
    this.whole = s
    if (s.length === b.length) return
    // Valid UTF-8: a 2/3-byte sequence yields 1 UTF-16 unit, a 4-byte one a surrogate pair. Find them natively.
    const leads: number[] = []
    const absorbed: number[] = []
    let total = 0
    // eslint-disable-next-line no-control-regex
    const re = /[^\x00-\x7f]/g
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const ci = m.index
      const c = s.charCodeAt(ci)
      leads.push(ci + total)
      if (c < 0x800) total += 1
      else if (c >= 0xd800 && c < 0xdc00) {
        total += 2
        re.lastIndex = ci + 2
      } else total += 2
      absorbed.push(total)
    }
    this.leads = Int32Array.from(leads)
    this.absorbed = Int32Array.from(absorbed)
  }
}
