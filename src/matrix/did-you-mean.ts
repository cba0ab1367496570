/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = up
    }
  }
  return prev[b.length]
}

/** The closest candidate to `word` (case-insensitive), or null when none is close enough to be a typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | null {
  const w = word.toLowerCase()
  let best: string | null = null
  let bestScore = Infinity
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase())
    if (d < bestScore) {
      best = c
      bestScore = d
    }
  }
  if (best === null) return null
  const limit = Math.max(2, Math.floor(Math.max(w.length, best.length) / 3))
  return bestScore <= limit ? best : null
}
