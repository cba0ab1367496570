import { UserError } from '../errors/user-error.js'

/** One problem in a config file, located by key path and line:column. */
export interface ConfigProblem {
  file: string
  /** Dotted key path, e.g. "variants[0].cgo"; "" for the document itself. */
  key: string
  line: number
  column: number
  message: string
}

/** Formats one problem as "file:line:col: key: message". */
export function formatProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message}`
}

/** A user's mistake in the matrix configuration: every problem with its key and position (never a stack trace). */
export class ConfigError extends UserError {
  readonly problems: ConfigProblem[]
  readonly file: string
  readonly key: string
  readonly line: number
  readonly column: number

  constructor(unsorted: ConfigProblem[]) {
    const problems = [...unsorted].sort((a, b) => a.line - b.line || a.column - b.column)
    super('config', problems.map(formatProblem).join('\n'))
    this.name = 'ConfigError'
    this.problems = problems
    const first = problems[0]
    this.file = first.file
    this.key = first.key
    this.line = first.line
    this.column = first.column
  }
}
