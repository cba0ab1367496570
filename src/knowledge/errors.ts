/** A target profile could not be read or is invalid (a user error: exit 3 in `abigap check`). */
export class ProfileError extends Error {
  override name = 'ProfileError'
  constructor(
    message: string,
    readonly file: string | null = null,
  ) {
    super(message)
  }
}
