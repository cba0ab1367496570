/** The base ref cannot be built: not a git checkout, an unknown ref, or a config that does not fit the base tree. */
export class BaselineRefError extends Error {
  override name = 'BaselineRefError'
}
