// Escaping for GitHub workflow commands and for echoing untrusted text (container/binary output) to stdout.

/** Escapes the data part of a workflow command (`::cmd::DATA`): % CR LF. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a workflow-command property value (`file=VALUE`): % CR LF : , */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** Formats one workflow command line, e.g. `::error file=a.go,line=3,title=T::message`. */
export function workflowCommand(
  command: string,
  properties: Record<string, string | number | undefined | null>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== '')
    .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
    .join(',')
  return `::${command}${props ? ' ' + props : ''}::${escapeCommandData(message)}`
}

/** A fresh random stop-commands token (hex, 32 chars). */
export function newStopToken(): string {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Wraps untrusted text so the runner interprets none of it as workflow commands:
 * `::stop-commands::TOKEN` … `::TOKEN::`. A token that occurs in the text is rejected (pick another).
 */
export function wrapUntrusted(text: string, token: string = newStopToken()): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(token)) throw new Error('stop-commands token must be 16+ word characters')
  if (text.includes(token)) return wrapUntrusted(text, newStopToken())
  const body = text.endsWith('\n') ? text : text + '\n'
  return `::stop-commands::${token}\n${body}::${token}::\n`
}

/** Removes terminal control characters (ESC sequences, C0/C1 except tab/newline) from untrusted text. */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '')
}

/** Makes untrusted text safe inside markdown/HTML prose (no tags, links, tables or emphasis). */
export function escapeMarkdown(text: string): string {
  return stripControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]#+!|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ')
}

/** A fenced markdown code block that untrusted text cannot break out of (fence longer than any backtick run). */
export function markdownCodeBlock(text: string): string {
  const clean = stripControl(text)
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}text\n${clean.replace(/\n$/, '')}\n${fence}`
}

/** Cuts text to at most max characters, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  return text.slice(0, Math.max(0, max - 14)) + ' … (truncated)'
}

/** Escapes untrusted text for HTML content/attributes (used inside <summary>). */
export function escapeHtml(text: string): string {
  return stripControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r?\n/g, ' ')
}

/** UTF-8 byte length of a string. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length
}

/** Untrusted text as a one-line markdown inline code span (no backticks, no newlines, capped). */
export function inlineCode(text: string, max = 200): string {
  const clean = stripControl(truncate(text, max))
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/`/g, "'")
  return '`' + (clean.trim() ? clean : ' ') + '`'
}
