import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  compareVersions
} from "./chunk-MUPL4P2E.js";

// src/knowledge/data/musl-history.json
var musl_history_default = {
  generatedBy: "scripts/gen-knowledge.mjs from scripts/knowledge/root-facts.json and musl-releases.mjs",
  releases: ["1.1.24", "1.2.0", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5"],
  since: {
    "1.1.24": "_Exit _IO_feof_unlocked _IO_ferror_unlocked _IO_getc _IO_getc_unlocked _IO_putc _IO_putc_unlocked ___environ __assert_fail __ctype_b_loc __ctype_get_mb_cur_max __ctype_tolower_loc __ctype_toupper_loc __cxa_atexit __cxa_finalize __daylight __dls2b __dls3 __duplocale __environ __errno_location __fbufsize __fgetwc_unlocked __flbf __flt_rounds __fpclassify __fpclassifyf __fpclassifyl __fpending __fpurge __fputwc_unlocked __freadable __freadahead __freading __freadptr __freadptrinc __freelocale __fseterr __fsetlocking __fwritable __fwriting __fxstat __fxstat64 __fxstatat __fxstatat64 __getdelim __h_errno_location __isalnum_l __isalpha_l __isblank_l __iscntrl_l __isdigit_l __isgraph_l __islower_l __isoc99_fscanf __isoc99_fwscanf __isoc99_scanf __isoc99_sscanf __isoc99_swscanf __isoc99_vfscanf __isoc99_vfwscanf __isoc99_vscanf __isoc99_vsscanf __isoc99_vswscanf __isoc99_vwscanf __isoc99_wscanf __isprint_l __ispunct_l __isspace_l __isupper_l __iswalnum_l __iswalpha_l __iswblank_l __iswcntrl_l __iswctype_l __iswdigit_l __iswgraph_l __iswlower_l __iswprint_l __iswpunct_l __iswspace_l __iswupper_l __iswxdigit_l __isxdigit_l __lgammal_r __libc_current_sigrtmax __libc_current_sigrtmin __libc_start_main __lxstat __lxstat64 __newlocale __nl_langinfo __nl_langinfo_l __optpos __optreset __overflow __posix_getopt __progname __progname_full __res_state __sched_cpucount __setjmp __signbit __signbitf __signbitl __signgam __sigsetjmp __stack_chk_fail __stack_chk_guard __strcasecmp_l __strcoll_l __strerror_l __strncasecmp_l __strtod_l __strtof_l __strtoimax_internal __strtol_internal __strtold_l __strtoll_internal __strtoul_internal __strtoull_internal __strtoumax_internal __strxfrm_l __sysv_signal __timezone __tls_get_addr __tolower_l __toupper_l __towctrans_l __towlower_l __towupper_l __tzname __uflow __uselocale __wcscoll_l __wcsftime_l __wcsxfrm_l __wctrans_l __wctype_l __xmknod __xmknodat __xpg_basename __xpg_strerror_r __xstat __xstat64 _dl_debug_addr _dl_debug_state _dlstart _environ _exit _fini _flushlbf _init _longjmp _ns_flagdata _pthread_cleanup_pop _pthread_cleanup_push _setjmp a64l abort abs accept accept4 access acct acos acosf acosh acoshf acoshl acosl addmntent adjtime adjtimex aio_cancel aio_cancel64 aio_error aio_error64 aio_fsync aio_fsync64 aio_read aio_read64 aio_return aio_return64 aio_suspend aio_suspend64 aio_write aio_write64 alarm aligned_alloc alphasort alphasort64 arch_prctl asctime asctime_r asin asinf asinh asinhf asinhl asinl asprintf at_quick_exit atan atan2 atan2f atan2l atanf atanh atanhf atanhl atanl atexit atof atoi atol atoll basename bcmp bcopy bind bind_textdomain_codeset bindtextdomain brk bsd_signal bsearch btowc bzero c16rtomb c32rtomb cabs cabsf cabsl cacos cacosf cacosh cacoshf cacoshl cacosl call_once calloc capget capset carg cargf cargl casin casinf casinh casinhf casinhl casinl catan catanf catanh catanhf catanhl catanl catclose catgets catopen cbrt cbrtf cbrtl ccos ccosf ccosh ccoshf ccoshl ccosl ceil ceilf ceill cexp cexpf cexpl cfgetispeed cfgetospeed cfmakeraw cfsetispeed cfsetospeed cfsetspeed chdir chmod chown chroot cimag cimagf cimagl clearenv clearerr clearerr_unlocked clock clock_adjtime clock_getcpuclockid clock_getres clock_gettime clock_nanosleep clock_settime clog clogf clogl clone close closedir closelog cnd_broadcast cnd_destroy cnd_init cnd_signal cnd_timedwait cnd_wait confstr conj conjf conjl connect copy_file_range copysign copysignf copysignl cos cosf cosh coshf coshl cosl cpow cpowf cpowl cproj cprojf cprojl creal crealf creall creat creat64 crypt crypt_r csin csinf csinh csinhf csinhl csinl csqrt csqrtf csqrtl ctan ctanf ctanh ctanhf ctanhl ctanl ctermid ctime ctime_r cuserid daemon daylight dcgettext dcngettext delete_module dgettext difftime dirfd dirname div dl_iterate_phdr dladdr dlclose dlerror dlinfo dlopen dlsym dn_comp dn_expand dn_skipname dngettext dprintf drand48 drem dremf dup dup2 dup3 duplocale eaccess ecvt encrypt endgrent endhostent endmntent endnetent endprotoent endpwent endservent endspent endusershell endutent endutxent environ epoll_create epoll_create1 epoll_ctl epoll_pwait epoll_wait erand48 erf erfc erfcf erfcl erff erfl err errx ether_aton ether_aton_r ether_hostton ether_line ether_ntoa ether_ntoa_r ether_ntohost euidaccess eventfd eventfd_read eventfd_write execl execle execlp execv execve execvp execvpe exit exp exp10 exp10f exp10l exp2 exp2f exp2l expf expl explicit_bzero expm1 expm1f expm1l fabs fabsf fabsl faccessat fallocate fallocate64 fanotify_init fanotify_mark fchdir fchmod fchmodat fchown fchownat fclose fcntl fcvt fdatasync fdim fdimf fdiml fdopen fdopendir feclearexcept fegetenv fegetexceptflag fegetround feholdexcept feof feof_unlocked feraiseexcept ferror ferror_unlocked fesetenv fesetexceptflag fesetround fetestexcept feupdateenv fexecve fflush fflush_unlocked ffs ffsl ffsll fgetc fgetc_unlocked fgetgrent fgetln fgetpos fgetpos64 fgetpwent fgets fgets_unlocked fgetspent fgetwc fgetwc_unlocked fgetws fgetws_unlocked fgetxattr fileno fileno_unlocked finite finitef flistxattr flock flockfile floor floorf floorl fma fmaf fmal fmax fmaxf fmaxl fmemopen fmin fminf fminl fmod fmodf fmodl fmtmsg fnmatch fopen fopen64 fopencookie fork forkpty fpathconf fprintf fpurge fputc fputc_unlocked fputs fputs_unlocked fputwc fputwc_unlocked fputws fputws_unlocked fread fread_unlocked free freeaddrinfo freeifaddrs freelocale fremovexattr freopen freopen64 frexp frexpf frexpl fscanf fseek fseeko fseeko64 fsetpos fsetpos64 fsetxattr fstat fstat64 fstatat fstatat64 fstatfs fstatfs64 fstatvfs fstatvfs64 fsync ftell ftello ftello64 ftime ftok ftruncate ftruncate64 ftrylockfile fts_children fts_close fts_open fts_read fts_set ftw ftw64 funlockfile futimens futimes futimesat fwide fwprintf fwrite fwrite_unlocked fwscanf gai_strerror gcvt get_avphys_pages get_current_dir_name get_nprocs get_nprocs_conf get_phys_pages getaddrinfo getauxval getc getc_unlocked getchar getchar_unlocked getcwd getdate getdate_err getdelim getdents getdents64 getdomainname getdtablesize getegid getentropy getenv geteuid getgid getgrent getgrgid getgrgid_r getgrnam getgrnam_r getgrouplist getgroups gethostbyaddr gethostbyaddr_r gethostbyname gethostbyname2 gethostbyname2_r gethostbyname_r gethostent gethostid gethostname getifaddrs getitimer getline getloadavg getlogin getlogin_r getmntent getmntent_r getnameinfo getnetbyaddr getnetbyname getnetent getopt getopt_long getopt_long_only getpagesize getpass getpeername getpgid getpgrp getpid getppid getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwnam_r getpwuid getpwuid_r getrandom getresgid getresuid getrlimit getrlimit64 getrusage gets getservbyname getservbyname_r getservbyport getservbyport_r getservent getsid getsockname getsockopt getspent getspnam getspnam_r getsubopt gettext gettimeofday getuid getusershell getutent getutid getutline getutxent getutxid getutxline getw getwc getwc_unlocked getwchar getwchar_unlocked getxattr glob glob64 globfree globfree64 gmtime gmtime_r grantpt h_errno hasmntopt hcreate hcreate_r hdestroy hdestroy_r herror hsearch hsearch_r hstrerror htonl htons hypot hypotf hypotl iconv iconv_close iconv_open if_freenameindex if_indextoname if_nameindex if_nametoindex ilogb ilogbf ilogbl imaxabs imaxdiv in6addr_any in6addr_loopback index inet_addr inet_aton inet_lnaof inet_makeaddr inet_netof inet_network inet_ntoa inet_ntop inet_pton init_module initgroups initstate inotify_add_watch inotify_init inotify_init1 inotify_rm_watch insque ioctl ioperm iopl isalnum isalnum_l isalpha isalpha_l isascii isastream isatty isblank isblank_l iscntrl iscntrl_l isdigit isdigit_l isgraph isgraph_l islower islower_l isprint isprint_l ispunct ispunct_l issetugid isspace isspace_l isupper isupper_l iswalnum iswalnum_l iswalpha iswalpha_l iswblank iswblank_l iswcntrl iswcntrl_l iswctype iswctype_l iswdigit iswdigit_l iswgraph iswgraph_l iswlower iswlower_l iswprint iswprint_l iswpunct iswpunct_l iswspace iswspace_l iswupper iswupper_l iswxdigit iswxdigit_l isxdigit isxdigit_l j0 j0f j1 j1f jn jnf jrand48 kill killpg klogctl l64a labs lchmod lchown lckpwdf lcong48 ldexp ldexpf ldexpl ldiv lfind lgamma lgamma_r lgammaf lgammaf_r lgammal lgammal_r lgetxattr link linkat lio_listio lio_listio64 listen listxattr llabs lldiv llistxattr llrint llrintf llrintl llround llroundf llroundl localeconv localtime localtime_r lockf lockf64 log log10 log10f log10l log1p log1pf log1pl log2 log2f log2l logb logbf logbl logf login_tty logl longjmp lrand48 lremovexattr lrint lrintf lrintl lround lroundf lroundl lsearch lseek lseek64 lsetxattr lstat lstat64 lutimes madvise malloc malloc_usable_size mblen mbrlen mbrtoc16 mbrtoc32 mbrtowc mbsinit mbsnrtowcs mbsrtowcs mbstowcs mbtowc memalign membarrier memccpy memchr memcmp memcpy memfd_create memmem memmove mempcpy memrchr memset mincore mkdir mkdirat mkdtemp mkfifo mkfifoat mknod mknodat mkostemp mkostemp64 mkostemps mkostemps64 mkstemp mkstemp64 mkstemps mkstemps64 mktemp mktime mlock mlock2 mlockall mmap mmap64 modf modff modfl mount mprotect mq_close mq_getattr mq_notify mq_open mq_receive mq_send mq_setattr mq_timedreceive mq_timedsend mq_unlink mrand48 mremap msgctl msgget msgrcv msgsnd msync mtx_destroy mtx_init mtx_lock mtx_timedlock mtx_trylock mtx_unlock munlock munlockall munmap name_to_handle_at nan nanf nanl nanosleep nearbyint nearbyintf nearbyintl newlocale nextafter nextafterf nextafterl nexttoward nexttowardf nexttowardl nftw nftw64 ngettext nice nl_langinfo nl_langinfo_l nrand48 ns_get16 ns_get32 ns_initparse ns_name_uncompress ns_parserr ns_put16 ns_put32 ns_skiprr ntohl ntohs open open64 open_by_handle_at open_memstream open_wmemstream openat openat64 opendir openlog openpty optarg opterr optind optopt optreset pathconf pause pclose perror personality pipe pipe2 pivot_root poll popen posix_close posix_fadvise posix_fadvise64 posix_fallocate posix_fallocate64 posix_madvise posix_memalign posix_openpt posix_spawn posix_spawn_file_actions_addchdir_np posix_spawn_file_actions_addclose posix_spawn_file_actions_adddup2 posix_spawn_file_actions_addfchdir_np posix_spawn_file_actions_addopen posix_spawn_file_actions_destroy posix_spawn_file_actions_init posix_spawnattr_destroy posix_spawnattr_getflags posix_spawnattr_getpgroup posix_spawnattr_getschedparam posix_spawnattr_getschedpolicy posix_spawnattr_getsigdefault posix_spawnattr_getsigmask posix_spawnattr_init posix_spawnattr_setflags posix_spawnattr_setpgroup posix_spawnattr_setschedparam posix_spawnattr_setschedpolicy posix_spawnattr_setsigdefault posix_spawnattr_setsigmask posix_spawnp pow pow10 pow10f pow10l powf powl ppoll prctl pread pread64 preadv preadv64 printf prlimit prlimit64 process_vm_readv process_vm_writev program_invocation_name program_invocation_short_name pselect psiginfo psignal pthread_atfork pthread_attr_destroy pthread_attr_getdetachstate pthread_attr_getguardsize pthread_attr_getinheritsched pthread_attr_getschedparam pthread_attr_getschedpolicy pthread_attr_getscope pthread_attr_getstack pthread_attr_getstacksize pthread_attr_init pthread_attr_setdetachstate pthread_attr_setguardsize pthread_attr_setinheritsched pthread_attr_setschedparam pthread_attr_setschedpolicy pthread_attr_setscope pthread_attr_setstack pthread_attr_setstacksize pthread_barrier_destroy pthread_barrier_init pthread_barrier_wait pthread_barrierattr_destroy pthread_barrierattr_getpshared pthread_barrierattr_init pthread_barrierattr_setpshared pthread_cancel pthread_cond_broadcast pthread_cond_destroy pthread_cond_init pthread_cond_signal pthread_cond_timedwait pthread_cond_wait pthread_condattr_destroy pthread_condattr_getclock pthread_condattr_getpshared pthread_condattr_init pthread_condattr_setclock pthread_condattr_setpshared pthread_create pthread_detach pthread_equal pthread_exit pthread_getaffinity_np pthread_getattr_default_np pthread_getattr_np pthread_getconcurrency pthread_getcpuclockid pthread_getschedparam pthread_getspecific pthread_join pthread_key_create pthread_key_delete pthread_kill pthread_mutex_consistent pthread_mutex_destroy pthread_mutex_getprioceiling pthread_mutex_init pthread_mutex_lock pthread_mutex_setprioceiling pthread_mutex_timedlock pthread_mutex_trylock pthread_mutex_unlock pthread_mutexattr_destroy pthread_mutexattr_getprotocol pthread_mutexattr_getpshared pthread_mutexattr_getrobust pthread_mutexattr_gettype pthread_mutexattr_init pthread_mutexattr_setprotocol pthread_mutexattr_setpshared pthread_mutexattr_setrobust pthread_mutexattr_settype pthread_once pthread_rwlock_destroy pthread_rwlock_init pthread_rwlock_rdlock pthread_rwlock_timedrdlock pthread_rwlock_timedwrlock pthread_rwlock_tryrdlock pthread_rwlock_trywrlock pthread_rwlock_unlock pthread_rwlock_wrlock pthread_rwlockattr_destroy pthread_rwlockattr_getpshared pthread_rwlockattr_init pthread_rwlockattr_setpshared pthread_self pthread_setaffinity_np pthread_setattr_default_np pthread_setcancelstate pthread_setcanceltype pthread_setconcurrency pthread_setname_np pthread_setschedparam pthread_setschedprio pthread_setspecific pthread_sigmask pthread_spin_destroy pthread_spin_init pthread_spin_lock pthread_spin_trylock pthread_spin_unlock pthread_testcancel pthread_timedjoin_np pthread_tryjoin_np ptrace ptsname ptsname_r putc putc_unlocked putchar putchar_unlocked putenv putgrent putpwent puts putspent pututline pututxline putw putwc putwc_unlocked putwchar putwchar_unlocked pwrite pwrite64 pwritev pwritev64 qsort quick_exit quotactl raise rand rand_r random read readahead readdir readdir64 readdir64_r readdir_r readlink readlinkat readv realloc realpath reboot recv recvfrom recvmmsg recvmsg regcomp regerror regexec regfree remainder remainderf remainderl remap_file_pages remove removexattr remque remquo remquof remquol rename renameat res_init res_mkquery res_query res_querydomain res_search res_send rewind rewinddir rindex rint rintf rintl rmdir round roundf roundl sbrk scalb scalbf scalbln scalblnf scalblnl scalbn scalbnf scalbnl scandir scandir64 scanf sched_get_priority_max sched_get_priority_min sched_getaffinity sched_getcpu sched_getparam sched_getscheduler sched_rr_get_interval sched_setaffinity sched_setparam sched_setscheduler sched_yield secure_getenv seed48 seekdir select sem_close sem_destroy sem_getvalue sem_init sem_open sem_post sem_timedwait sem_trywait sem_unlink sem_wait semctl semget semop semtimedop send sendfile sendfile64 sendmmsg sendmsg sendto setbuf setbuffer setdomainname setegid setenv seteuid setfsgid setfsuid setgid setgrent setgroups sethostent sethostname setitimer setjmp setkey setlinebuf setlocale setlogmask setmntent setnetent setns setpgid setpgrp setpriority setprotoent setpwent setregid setresgid setresuid setreuid setrlimit setrlimit64 setservent setsid setsockopt setspent setstate settimeofday setuid setusershell setutent setutxent setvbuf setxattr shm_open shm_unlink shmat shmctl shmdt shmget shutdown sigaction sigaddset sigaltstack sigandset sigdelset sigemptyset sigfillset sighold sigignore siginterrupt sigisemptyset sigismember siglongjmp signal signalfd signgam significand significandf sigorset sigpause sigpending sigprocmask sigqueue sigrelse sigset sigsetjmp sigsuspend sigtimedwait sigwait sigwaitinfo sin sincos sincosf sincosl sinf sinh sinhf sinhl sinl sleep snprintf sockatmark socket socketpair splice sprintf sqrt sqrtf sqrtl srand srand48 srandom sscanf stat stat64 statfs statfs64 statvfs statvfs64 stderr stdin stdout stime stpcpy stpncpy strcasecmp strcasecmp_l strcasestr strcat strchr strchrnul strcmp strcoll strcoll_l strcpy strcspn strdup strerror strerror_l strerror_r strfmon strfmon_l strftime strftime_l strlcat strlcpy strlen strncasecmp strncasecmp_l strncat strncmp strncpy strndup strnlen strpbrk strptime strrchr strsep strsignal strspn strstr strtod strtod_l strtof strtof_l strtoimax strtok strtok_r strtol strtold strtold_l strtoll strtoul strtoull strtoumax strverscmp strxfrm strxfrm_l swab swapoff swapon swprintf swscanf symlink symlinkat sync sync_file_range syncfs syscall sysconf sysinfo syslog system tan tanf tanh tanhf tanhl tanl tcdrain tcflow tcflush tcgetattr tcgetpgrp tcgetsid tcsendbreak tcsetattr tcsetpgrp tdelete tdestroy tee telldir tempnam textdomain tfind tgamma tgammaf tgammal thrd_create thrd_current thrd_detach thrd_equal thrd_exit thrd_join thrd_sleep thrd_yield time timegm timer_create timer_delete timer_getoverrun timer_gettime timer_settime timerfd_create timerfd_gettime timerfd_settime times timespec_get timezone tmpfile tmpfile64 tmpnam toascii tolower tolower_l toupper toupper_l towctrans towctrans_l towlower towlower_l towupper towupper_l trunc truncate truncate64 truncf truncl tsearch tss_create tss_delete tss_get tss_set ttyname ttyname_r twalk tzname tzset ualarm ulckpwdf ulimit umask umount umount2 uname ungetc ungetwc unlink unlinkat unlockpt unsetenv unshare updwtmp updwtmpx uselocale usleep utime utimensat utimes utmpname utmpxname valloc vasprintf vdprintf verr verrx versionsort versionsort64 vfork vfprintf vfscanf vfwprintf vfwscanf vhangup vmsplice vprintf vscanf vsnprintf vsprintf vsscanf vswprintf vswscanf vsyslog vwarn vwarnx vwprintf vwscanf wait wait3 wait4 waitid waitpid warn warnx wcpcpy wcpncpy wcrtomb wcscasecmp wcscasecmp_l wcscat wcschr wcscmp wcscoll wcscoll_l wcscpy wcscspn wcsdup wcsftime wcsftime_l wcslen wcsncasecmp wcsncasecmp_l wcsncat wcsncmp wcsncpy wcsnlen wcsnrtombs wcspbrk wcsrchr wcsrtombs wcsspn wcsstr wcstod wcstof wcstoimax wcstok wcstol wcstold wcstoll wcstombs wcstoul wcstoull wcstoumax wcswcs wcswidth wcsxfrm wcsxfrm_l wctob wctomb wctrans wctrans_l wctype wctype_l wcwidth wmemchr wmemcmp wmemcpy wmemmove wmemset wordexp wordfree wprintf write writev wscanf y0 y0f y1 y1f yn ynf",
    "1.2.2": "_Fork gettid reallocarray tcgetwinsize tcsetwinsize",
    "1.2.3": "pthread_getname_np qsort_r",
    "1.2.5": "preadv2 pwritev2 statx"
  },
  removed: {
    "1.2.4": "__fxstat64 __fxstatat64 __lxstat64 __xstat64 aio_cancel64 aio_error64 aio_fsync64 aio_read64 aio_return64 aio_suspend64 aio_write64 alphasort64 creat64 fallocate64 fgetpos64 fopen64 freopen64 fseeko64 fsetpos64 fstat64 fstatat64 fstatfs64 fstatvfs64 ftello64 ftruncate64 ftw64 getdents64 getrlimit64 glob64 globfree64 lio_listio64 lockf64 lseek64 lstat64 mkostemp64 mkostemps64 mkstemp64 mkstemps64 mmap64 nftw64 open64 openat64 posix_fadvise64 posix_fallocate64 pread64 preadv64 prlimit64 pwrite64 pwritev64 readdir64 readdir64_r scandir64 sendfile64 setrlimit64 stat64 statfs64 statvfs64 tmpfile64 truncate64 versionsort64"
  },
  sources: {
    "1.2.5": "real: Debian trixie package musl (image abigap-test/builder-trixie, /usr/lib/x86_64-linux-musl/libc.so), minus renameat2 is musl commit 05ce67fe (2024-05-06), after v1.2.5: a Debian backport",
    "1.2.4": 'derived from 1.2.5: musl WHATSNEW 1.2.5 ("statx function", "preadv2 and pwritev2"); v1.2.4..v1.2.5 adds src/linux/{statx,preadv2,pwritev2}.c',
    "1.2.3": "real: Debian package musl 1.2.3-1 (/usr/lib/x86_64-linux-musl/libc.so), plus src/crypt/ ships in upstream v1.2.3; Debian 1.2.3-1 omits it; equals 1.2.5 minus its additions plus the LFS64 aliases",
    "1.2.2": "derived from 1.2.3: musl WHATSNEW 1.2.3; v1.2.2..v1.2.3 adds src/stdlib/qsort_nr.c, src/thread/pthread_getname_np.c",
    "1.2.1": "derived from 1.2.2: musl WHATSNEW 1.2.2; v1.2.1..v1.2.2 adds src/process/_Fork.c, src/malloc/reallocarray.c, src/linux/gettid.c, src/termios/tc{get,set}winsize.c",
    "1.2.0": "derived from 1.2.1: musl v1.2.0..v1.2.1 adds only internal files (mallocng)",
    "1.1.24": "derived from 1.2.0: musl WHATSNEW 1.2.0: time64 on 32-bit archs only; no new functions on 64-bit"
  }
};

// src/knowledge/musl-history.ts
var loaded = null;
function muslData() {
  if (loaded) return loaded;
  const m = musl_history_default;
  const strings = (o) => !!o && typeof o === "object" && Object.values(o).every((v) => typeof v === "string");
  if (!Array.isArray(m.releases) || !m.releases.length || !strings(m.since) || !strings(m.removed) || !strings(m.sources))
    throw new Error("embedded musl history (src/knowledge/data/musl-history.json) is invalid");
  loaded = { musl: m };
  return loaded;
}
var MUSL_LFS64_BASES = new Set(
  "aio_cancel aio_error aio_fsync aio_read aio_return aio_suspend aio_write alphasort creat fallocate fgetpos fopen freopen fseeko fsetpos fstat fstatat fstatfs fstatvfs ftello ftruncate ftw getdents getrlimit glob globfree lio_listio lockf lseek lstat mkostemp mkostemps mkstemp mkstemps mmap nftw open openat posix_fadvise posix_fallocate pread preadv prlimit pwrite pwritev readdir scandir sendfile setrlimit stat statfs statvfs tmpfile truncate versionsort __fxstat __fxstatat __lxstat __xstat".split(" ")
);
var MUSL_LFS64_REMAP_SINCE = "1.2.4";
function muslLfs64Target(symbol) {
  if (symbol === "readdir64_r") return "readdir_r";
  if (symbol.length < 3 || symbol.length > 16 || !symbol.endsWith("64")) return null;
  const base = symbol.slice(0, -2);
  return MUSL_LFS64_BASES.has(base) ? base : null;
}
var muslIndexes = /* @__PURE__ */ new WeakMap();
function muslIndex(k) {
  let idx = muslIndexes.get(k);
  if (idx) return idx;
  const since = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Map();
  for (const v of k.musl.releases) {
    for (const n of (k.musl.since[v] ?? "").split(" ").filter(Boolean)) if (!since.has(n)) since.set(n, v);
    for (const n of (k.musl.removed[v] ?? "").split(" ").filter(Boolean)) removed.set(n, v);
  }
  idx = { since, removed };
  muslIndexes.set(k, idx);
  return idx;
}
function muslExportsName(symbol, version, k) {
  const rel = k.musl.releases;
  if (compareVersions(version, rel[0]) < 0) return void 0;
  const idx = muslIndex(k);
  const s = idx.since.get(symbol);
  if (!s || compareVersions(s, version) > 0) return false;
  const r = idx.removed.get(symbol);
  return !(r && compareVersions(r, version) <= 0);
}
function muslHas(symbol, version, k = muslData()) {
  const direct = muslExportsName(symbol, version, k);
  if (direct !== false) return direct;
  const target = muslLfs64Target(symbol);
  return target !== null && compareVersions(version, MUSL_LFS64_REMAP_SINCE) >= 0 && !!muslExportsName(target, version, k);
}
function muslSince(symbol, k = muslData()) {
  for (const v of k.musl.releases) if (muslHas(symbol, v, k)) return v;
  return null;
}
function muslFloor(undefinedSymbols, k = muslData()) {
  const oldest = k.musl.releases[0];
  let version = oldest;
  let symbols = [];
  const missing = [];
  for (const s of new Set(undefinedSymbols)) {
    const v = muslSince(s, k);
    if (v === null) missing.push(s);
    else if (compareVersions(v, version) > 0) {
      version = v;
      symbols = [s];
    } else if (v === version && v !== oldest) symbols.push(s);
  }
  return { version, symbols: symbols.sort(), missing: missing.sort() };
}
var muslReleaseSets = /* @__PURE__ */ new WeakMap();
function muslExports(version, k = muslData()) {
  const rel = k.musl.releases;
  if (compareVersions(version, rel[0]) < 0) return null;
  let sets = muslReleaseSets.get(k);
  if (!sets) {
    sets = /* @__PURE__ */ new Map();
    const cur = /* @__PURE__ */ new Set();
    for (const v of rel) {
      for (const n of (k.musl.since[v] ?? "").split(" ").filter(Boolean)) cur.add(n);
      for (const n of (k.musl.removed[v] ?? "").split(" ").filter(Boolean)) cur.delete(n);
      sets.set(v, [...cur].sort());
    }
    muslReleaseSets.set(k, sets);
  }
  let best = rel[0];
  for (const v of rel) if (compareVersions(v, version) <= 0) best = v;
  return sets.get(best) ?? null;
}

export {
  muslData,
  muslLfs64Target,
  muslSince,
  muslFloor,
  muslExports
};
