import { UserError } from '../errors/user-error.js'

/** The base ref cannot be built: not a git checkout, an unknown ref, or a config that does not fit the base tree. */
export class BaselineRefError extends UserError {
  override name = 'BaselineRefError'
  constructor(message: string, options?: { cause?: unknown }) {
    super('baseline', message, options)
  }
}
