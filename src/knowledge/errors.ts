import { UserError } from '../errors/user-error.js'

/** A target profile could not be read or is invalid (the user's file; exit 3: its target has no profile). */
export class ProfileError extends UserError {
  override name = 'ProfileError'
  constructor(
    message: string,
    readonly file: string | null = null,
  ) {
    super('profile', message)
  }
}
