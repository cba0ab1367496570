/** Which Go standard package pulls a libc symbol into a cgo binary, with why. */
export interface GoPackageHint {
  goPackage: string
  why: string
}

const NET = [
  'getaddrinfo',
  'freeaddrinfo',
  'gai_strerror',
  'getnameinfo',
  'res_search',
  'res_nsearch',
  'res_ninit',
  'res_nclose',
  'res_init',
  '__res_search',
  '__res_nsearch',
  '__res_ninit',
  '__res_nclose',
  '__res_init',
  'getservbyname',
  'getservbyport',
  'gethostbyname',
  'gethostbyname2',
  'gethostbyaddr',
  'getprotobyname',
]
const USER = [
  'getpwuid_r',
  'getpwnam_r',
  'getgrgid_r',
  'getgrnam_r',
  'getgrouplist',
  'getpwuid',
  'getpwnam',
  'getgrgid',
  'getgrnam',
]
const PLUGIN = ['dlopen', 'dlsym', 'dlclose', 'dlerror', 'dladdr', 'dlvsym', 'dlinfo']

const TABLE = new Map<string, GoPackageHint>()
for (const s of NET) TABLE.set(s, { goPackage: 'net', why: 'the cgo DNS resolver of package net' })
for (const s of USER) TABLE.set(s, { goPackage: 'os/user', why: 'the cgo user/group lookup of package os/user' })
for (const s of PLUGIN) TABLE.set(s, { goPackage: 'plugin', why: 'package plugin (dlopen)' })

/** The Go standard package that brings in a C symbol, or null (C code of the program itself, or unknown). */
export function goPackageOf(symbol: string): GoPackageHint | null {
  const hit = TABLE.get(symbol)
  if (hit) return hit
  if (
    /^(pthread_|__libc_start_main$|__errno_location$|sigaction$|sigaltstack$|sigfillset$|sigemptyset$|sigaddset$|sigismember$|sysconf$|nanosleep$|mmap$|munmap$|setenv$|unsetenv$|malloc$|calloc$|realloc$|free$|abort$|_ITM_deregisterTMCloneTable$|_ITM_registerTMCloneTable$|set(e|re|res)?[ug]id$|setgroups$|fwrite$|fprintf$|fputc$|vfprintf$|strerror$|__stack_chk_fail$|__cxa_finalize$|__gmon_start__$|stderr$|__fprintf_chk$|__vfprintf_chk$)/.test(
      symbol,
    )
  ) {
    return { goPackage: 'runtime/cgo', why: 'the cgo runtime and C start-up code linked into every cgo binary' }
  }
  return null
}

/** Symbols whose use makes a static glibc binary load NSS modules (libnss_*.so.2) at run time. */
export const NSS_SYMBOLS = [
  'getaddrinfo',
  'getnameinfo',
  'gethostbyname',
  'gethostbyname2',
  'gethostbyname_r',
  'gethostbyaddr',
  'getservbyname',
  'getpwnam',
  'getpwnam_r',
  'getpwuid',
  'getpwuid_r',
  'getgrnam',
  'getgrnam_r',
  'getgrgid',
  'getgrgid_r',
  'getgrouplist',
  'initgroups',
  'getspnam',
  'getspnam_r',
  'getpwent',
  'getgrent',
] as const

/** The most telling package among a symbol list (net and os/user before runtime/cgo). */
export function dominantPackage(symbols: string[]): GoPackageHint | null {
  const hints = symbols.map(goPackageOf).filter((h): h is GoPackageHint => h !== null)
  return hints.find((h) => h.goPackage !== 'runtime/cgo') ?? hints[0] ?? null
}
