// Human CLI output: text derived from binaries and containers must never become a GitHub workflow command.

/**
 * Neutralises workflow commands: a line that starts with `::` (after optional whitespace) gets a zero-width space
 * between the colons, so a runner never reads it as `::error::`, `::add-mask::`, `::stop-commands::` and so on.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return text.replace(/^(\s*):(?=:)/gm, '$1:\u200b')
}

/** Writes human (non-JSON) text to stdout, workflow commands neutralised. */
export function printOut(text: string): void {
  process.stdout.write(neutraliseWorkflowCommands(text))
}

/** Writes human text to stderr, workflow commands neutralised. */
export function printErr(text: string): void {
  process.stderr.write(neutraliseWorkflowCommands(text))
}

/** How many characters of a string from a binary safeText shows. */
const MAX_SHOWN = 200

/** Escapes a string from a binary for terminal output: control and non-ASCII-invisible bytes as \xNN, capped. */
export function safeText(s: string, max = MAX_SHOWN): string {
  let out = ''
  for (const ch of s.length > max ? s.slice(0, max) : s) {
    const c = ch.codePointAt(0)!
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) out += `\\x${c.toString(16).padStart(2, '0')}`
    else if (c === 0x5c) out += '\\\\'
    else out += ch
  }
  return s.length > max ? `${out}… (${s.length} chars)` : out
}
