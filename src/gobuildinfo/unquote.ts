/** Decodes a Go string literal ("..." with Go escapes, or `...` raw) as strconv.Unquote does; null when invalid. */
export function goUnquote(lit: string): string | null {
  if (lit.length < 2) return null
  const q = lit[0]
  if (q !== lit[lit.length - 1]) return null
  const body = lit.slice(1, -1)
  if (q === '`') return body.includes('`') ? null : body.replace(/\r/g, '')
  if (q !== '"') return null
  let out = ''
  const bytes: number[] = []
  const flush = (): void => {
    if (bytes.length) {
      out += new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(bytes))
      bytes.length = 0
    }
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '"' || c === '\n') return null
    if (c !== '\\') {
      flush()
      out += c
      continue
    }
    const e = body[++i]
    const simple: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
      '"': '"',
    }
    if (e in simple) {
      flush()
      out += simple[e]
    } else if (e === 'x' || (e >= '0' && e <= '7')) {
      const hex = e === 'x'
      const digits = hex ? body.slice(i + 1, i + 3) : body.slice(i, i + 3)
      if (!(hex ? /^[0-9a-fA-F]{2}$/ : /^[0-7]{3}$/).test(digits)) return null
      const v = parseInt(digits, hex ? 16 : 8)
      if (v > 255) return null
      bytes.push(v)
      i += hex ? 2 : 2
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8
      const digits = body.slice(i + 1, i + 1 + n)
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) return null
      const cp = parseInt(digits, 16)
      if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return null
      flush()
      out += String.fromCodePoint(cp)
      i += n
    } else {
      return null
    }
  }
  flush()
  return out
}
