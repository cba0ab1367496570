// musl ≥ 1.2.4 dropped the LFS64 aliases (stat64, open64, ...) from libc.so; its loader retries such a lookup
// without the "64" (ldso/dynlink.c get_lfs64, commit 246f1c81), so old binaries still load.

/** The names musl's loader remaps (its lfs64_list), each without the trailing "64". */
const LFS64_BASES = new Set(
  (
    'aio_cancel aio_error aio_fsync aio_read aio_return aio_suspend aio_write alphasort creat fallocate fgetpos ' +
    'fopen freopen fseeko fsetpos fstat fstatat fstatfs fstatvfs ftello ftruncate ftw getdents getrlimit glob ' +
    'globfree lio_listio lockf lseek lstat mkostemp mkostemps mkstemp mkstemps mmap nftw open openat posix_fadvise ' +
    'posix_fallocate pread preadv prlimit pwrite pwritev readdir scandir sendfile setrlimit stat statfs statvfs ' +
    'tmpfile truncate versionsort __fxstat __fxstatat __lxstat __xstat'
  ).split(' '),
)

/** The name musl ≥ 1.2.4 resolves an LFS64 name to (stat64 → stat, readdir64_r → readdir_r), or null. */
export function lfs64Base(name: string): string | null {
  if (name === 'readdir64_r') return 'readdir_r'
  if (name.length > 16 || !name.endsWith('64')) return null
  const base = name.slice(0, -2)
  return LFS64_BASES.has(base) ? base : null
}
