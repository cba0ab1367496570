import { shellWords } from '../matrix/shell-words.js'

/** Quotes one word for Go's -ldflags parser (which splits like a shell, honouring quotes). */
function quote(word: string): string {
  return /^[A-Za-z0-9_./=:,+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'"'"'`)}'`
}

/**
 * Merges the user's -ldflags with what a static cgo variant needs: `-linkmode external -extldflags "-static"`.
 * An existing -extldflags value is kept and extended; an existing -linkmode is replaced by external.
 */
export function mergeLdflags(user: string, staticLink: boolean): string {
  const words = shellWords(user)
  if (!staticLink) return words.map(quote).join(' ')
  const out: string[] = []
  let ext: string | null = null
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const [flag, inline] = w.startsWith('-')
      ? [w.replace(/^--/, '-').split('=')[0], w.includes('=') ? w.slice(w.indexOf('=') + 1) : null]
      : [w, null]
    if (flag === '-linkmode' || flag === '-extldflags') {
      const value = inline ?? words[++i] ?? ''
      if (flag === '-extldflags') ext = value
      continue
    }
    out.push(w)
  }
  const extWords = ext ? shellWords(ext) : []
  if (!extWords.includes('-static')) extWords.push('-static')
  out.push('-linkmode', 'external', '-extldflags', extWords.join(' '))
  return out.map(quote).join(' ')
}
