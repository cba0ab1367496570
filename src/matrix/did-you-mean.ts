import { editDistance } from '../knowledge/edit-distance.js'

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
