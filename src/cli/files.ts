// The files a command reads and writes for the user (report arguments, --out, --sarif, --summary): a path that
// cannot be read or written is the user's mistake, said in one line, never a bug's stack trace.
import { readFileSync, writeFileSync } from 'node:fs'
import { InfrastructureError, UserError } from '../errors/index.js'
import { parseReportJson, ReportFileError, type MatrixReport } from '../report/index.js'

/** The errno codes that say the path itself is wrong (missing folder, a directory, no permission, read-only). */
const PATH_MISTAKES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ENAMETOOLONG'])

/** A saved matrix report: ReportFileError when it cannot be read or is no report. */
export function readReportFile(file: string): MatrixReport {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    throw new ReportFileError(`cannot read ${file}: ${errnoOf(e)}`)
  }
  return parseReportJson(text, file)
}

/**
 * Writes (or appends) a file the user named: a wrong path is a UserError (exit 2); a fault of the machine (disk full,
 * I/O error) an InfrastructureError (exit 3).
 */
export function writeUserFile(file: string, text: string, opts: { append?: boolean } = {}): void {
  try {
    writeFileSync(file, text, opts.append ? { flag: 'a' } : undefined)
  } catch (e) {
    const code = errnoOf(e)
    const message = `cannot write ${file}: ${code}`
    throw PATH_MISTAKES.has(code)
      ? new UserError('usage', message, { cause: e })
      : new InfrastructureError(message, { cause: e })
  }
}

/** The errno code of a file-system error ("ENOENT"), else its message. */
function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message
}
