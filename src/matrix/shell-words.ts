/** Splits a command-line string into words (POSIX-like quoting: '...', "...", backslash); throws on an open quote. */
export function shellWords(text: string): string[] {
  const words: string[] = []
  let cur = ''
  let inWord = false
  let quote: '"' | "'" | null = null
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quote === "'") {
      if (ch === "'") quote = null
      else cur += ch
    } else if (quote === '"') {
      if (ch === '"') quote = null
      else if (ch === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) cur += text[++i]
      else cur += ch
    } else if (ch === "'" || ch === '"') {
      quote = ch
      inWord = true
    } else if (ch === '\\' && i + 1 < text.length) {
      cur += text[++i]
      inWord = true
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur)
      cur = ''
      inWord = false
    } else {
      cur += ch
      inWord = true
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote`)
  if (inWord) words.push(cur)
  return words
}

/** Parses a duration ("500ms", "30s", "2m", "1h", or a number of seconds) into milliseconds. */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') return Math.round(value * 1000)
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value)
  if (!m) throw new Error(`not a duration: ${value}`)
  const n = Number(m[1])
  const unit = m[2] ?? 's'
  const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000
  return Math.round(n * factor)
}
