/** Go build information from an executable's bytes: both blob formats, modinfo as `go version -m` shows it. */
export { readGoBuildInfo, type ExeData } from './read.js'
export { elfExeData } from './elf-exe.js'
export { parseModInfo } from './modinfo.js'
export { goUnquote } from './unquote.js'
export type { GoBuildInfo } from './types.js'
