// Which needed libraries are the C library itself: glibc's family, and musl's libc under each of its names. Pure.

const GLIBC_LIBRARY = /^(libc|libm|libpthread|libdl|librt|libresolv|libutil|libanl)\.so|^ld-linux/
const MUSL_LIBC = /^(libc\.so|libc\.musl-[\w-]+\.so\.1|ld-musl-[\w-]+\.so\.1)$/

/** True for glibc's libraries (libc, libm, libpthread, … and its loader): glibc's version nodes govern their symbols. */
export function isGlibcLibrary(soname: string): boolean {
  return GLIBC_LIBRARY.test(soname)
}

/** True for musl's libc under a name a musl binary needs it by (libc.so, libc.musl-*.so.1, ld-musl-*.so.1: one file). */
export function isMuslLibc(soname: string): boolean {
  return MUSL_LIBC.test(soname)
}
