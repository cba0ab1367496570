// What a probe reads from an image: the directories, and which file contents are kept.
import type { KeepContent } from './tar-tree.js'

/** Directories and files a profile is built from (missing ones are skipped). */
export const PROBE_PATHS = [
  '/etc',
  '/lib',
  '/lib64',
  '/lib32',
  '/libx32',
  '/usr/lib',
  '/usr/lib64',
  '/usr/lib32',
  '/usr/libx32',
  '/usr/local/lib',
]

/** Keeps shared objects, loaders, and the few /etc files a profiler reads; everything else is listed only. */
export const keepProfileContent: KeepContent = (path) => {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (path.startsWith('/etc/')) {
    return (
      /^(os-release|lsb-release|debian_version|alpine-release|redhat-release|system-release|ld\.so\.conf|ld-musl-.*\.path)$/.test(
        name,
      ) || path.startsWith('/etc/ld.so.conf.d/')
    )
  }
  return (
    /\.so(\.[0-9][0-9A-Za-z.]*)?$/.test(name) || /^ld[-.]/.test(name) || /^libc\./.test(name) || name === 'os-release'
  )
}

/**
 * Whether a kept file lies directly in a directory that looks like a library directory (lib, lib64, lib32, libx32,
 * a multiarch triplet). Other shared objects (gconv modules, perl's, PAM's) are listed but their content is fetched
 * only if the profiler opens them after all (probe.ts refetches what it opened and lacked).
 */
export function inLibraryDir(path: string): boolean {
  const parent = path.slice(0, path.lastIndexOf('/'))
  const base = parent.slice(parent.lastIndexOf('/') + 1)
  return path.startsWith('/etc/') || /^lib(32|64|x32)?$/.test(base) || /^[a-z0-9_]+-linux(-[a-z0-9_]+)?$/.test(base)
}
