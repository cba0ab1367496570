// The idle program for aarch64 (see src/docker/idle-elf.ts): writes each argument's file to stdout as one record,
// then answers each byte 1 it reads from stdin with a header holding the number of processes in its /proc (-errno
// when it cannot count them), runs the program each byte 2 asks for (below), and sleeps forever once stdin ends. A record is an int64 (little-endian) header h, then
// h bytes of content when h >= 0; -4095 <= h < 0 is -errno of openat/fstat/mmap (-22: not a regular file, -27: over
// 32 MiB); h = -(4096 + j) says the file is the one argument j (counted from 0) named (same device and inode), its
// content not repeated. At most 256 arguments.
// A run request is byte 2, a uint32 n (little-endian) and n bytes (17 to 1 MiB): a 16-byte nonce, then the argv
// strings, each ending in NUL. The program runs in a child with this program's environment, stdin /dev/null, stdout
// and stderr its own; once it ended, the nonce and four int64 go to stdout — the child's pid (or -errno of pipe2 or
// clone), its execve (0, -errno, or -(4096 + errno) when stdin could not be set up), faccessat(argv[0], F_OK) when
// the execve failed (else 0), its wait4 status (or -errno) — and the nonce alone to stderr: each stream's marker
// follows all the program wrote there.
	.globl _start
_start:
	ldr   x9, [sp]               // argc
	add   x26, sp, #16
	add   x26, x26, x9, lsl #3   // envp, the runs' environment
	mov   x0, #4                 // PR_SET_DUMPABLE
	mov   x1, #0                 // 0: its descriptors and memory are closed to the binaries run beside it (same uid)
	mov   x8, #167               // prctl
	svc   #0
	add   x19, sp, #16           // &argv[1]
	sub   sp, sp, #1, lsl #12    // [sp]: struct stat (128 bytes); [sp+144]: 256 x (st_dev, st_ino)
	sub   sp, sp, #144
	mov   x20, #0                // index of the argument
	mov   x24, #0                // address of the content mapped, 0 for none
next:
	ldr   x1, [x19]
	cbz   x1, idle
	cmp   x20, #256
	b.hs  idle
	add   x21, sp, #144
	add   x21, x21, x20, lsl #4  // &table[index], zeroed: a failed argument matches nothing (no inode is 0)
	stp   xzr, xzr, [x21]
	mov   x0, #-100              // AT_FDCWD
	mov   x2, #0x800             // O_RDONLY | O_NONBLOCK (a FIFO must not block the open)
	mov   x3, #0
	mov   x8, #56                // openat
	svc   #0
	tbnz  x0, #63, header
	mov   x22, x0                // fd
	mov   x1, sp
	mov   x8, #80                // fstat
	svc   #0
	tbnz  x0, #63, close
	ldp   x9, x10, [sp]          // st_dev, st_ino
	stp   x9, x10, [x21]
	add   x11, sp, #144
	mov   x12, #0
find:
	cmp   x12, x20
	b.hs  fresh
	ldp   x13, x14, [x11], #16
	cmp   x13, x9
	ccmp  x14, x10, #0, eq
	b.ne  findnext
	add   x0, x12, #4096
	neg   x0, x0
	b     close
findnext:
	add   x12, x12, #1
	b     find
fresh:
	ldr   w9, [sp, #16]          // st_mode
	and   w9, w9, #0xf000
	mov   x0, #-22
	cmp   w9, #0x8000            // S_IFREG
	b.ne  close
	ldr   x23, [sp, #48]         // st_size
	mov   x0, #-27               // EFBIG: more than 32 MiB is fetched otherwise
	mov   x9, #0x2000000
	cmp   x23, x9
	b.hi  close
	mov   x0, x23
	cbz   x23, close
	mov   x0, #0
	mov   x1, x23
	mov   x2, #1                 // PROT_READ
	mov   x3, #2                 // MAP_PRIVATE
	mov   x4, x22
	mov   x5, #0
	mov   x8, #222               // mmap
	svc   #0
	cmn   x0, #4095
	b.hs  close                  // -errno
	mov   x24, x0                // the content
	mov   x0, x23
close:
	mov   x25, x0                // the header, kept while fd closes
	mov   x0, x22
	mov   x8, #57                // close
	svc   #0
	mov   x0, x25
	tbnz  x0, #63, header
	cbz   x24, header
	bl    write_header
content:
	mov   x0, #1
	mov   x1, x24
	mov   x2, x23
	mov   x8, #64                // write
	svc   #0
	cmp   x0, #0
	b.le  die
	add   x24, x24, x0
	subs  x23, x23, x0
	b.ne  content
	b     advance
header:
	bl    write_header
advance:
	add   x19, x19, #8
	add   x20, x20, #1
	mov   x24, #0
	b     next
write_header:                    // writes x0 as the 8-byte header (a pipe writes 8 bytes at once)
	str   x0, [sp]
	mov   x0, #1
	mov   x1, sp
	mov   x2, #8
	mov   x8, #64                // write
	svc   #0
	cmp   x0, #8
	b.ne  die
	ret
die:
	mov   x0, #1
	mov   x8, #94                // exit_group
	svc   #0
idle:                            // a query: the byte 1 read from stdin (others are ignored: Podman hands the
	mov   x0, #0                 // attach request's JSON body to stdin)
	mov   x1, sp
	mov   x2, #1
	mov   x8, #63                // read
	svc   #0
	cmp   x0, #1
	b.ne  sleep
	ldrb  w9, [sp]
	cmp   w9, #2
	b.eq  spawn
	cmp   w9, #1
	b.ne  idle
	mov   x0, #-100              // AT_FDCWD
	adr   x1, proc
	mov   x2, #0                 // O_RDONLY
	mov   x3, #0
	mov   x8, #56                // openat
	svc   #0
	tbnz  x0, #63, answer
	mov   x22, x0                // fd
	mov   x23, #0                // processes counted
list:
	mov   x0, x22
	add   x1, sp, #144           // the table's space holds the entries now
	mov   x2, #4096
	mov   x8, #61                // getdents64
	svc   #0
	tbnz  x0, #63, listed        // -errno
	cbz   x0, counted
	add   x9, sp, #144
	add   x10, x9, x0            // the end of the entries read
entry:
	ldrb  w11, [x9, #19]         // d_name[0]: a process's directory is its pid, from 1 to 9
	sub   w11, w11, #49
	cmp   w11, #8
	b.hi  skip
	add   x23, x23, #1
skip:
	ldrh  w11, [x9, #16]         // d_reclen
	add   x9, x9, x11
	cmp   x9, x10
	b.lo  entry
	b     list
counted:
	mov   x0, x23
listed:
	mov   x25, x0                // the header, kept while fd closes
	mov   x0, x22
	mov   x8, #57                // close
	svc   #0
	mov   x0, x25
answer:
	bl    write_header
	b     idle
spawn:                           // a run request
	mov   x1, sp
	mov   x2, #4
	bl    read_full
	ldr   w21, [sp]              // n
	cmp   x21, #17
	b.lo  die
	mov   x9, #0x100000
	cmp   x21, x9
	b.hi  die
	add   x23, x21, x21, lsl #3
	add   x23, x23, #16          // the mapping: n bytes, then the argv pointers
	mov   x0, #0
	mov   x1, x23
	mov   x2, #3                 // PROT_READ | PROT_WRITE
	mov   x3, #0x22              // MAP_PRIVATE | MAP_ANONYMOUS
	mov   x4, #-1
	mov   x5, #0
	mov   x8, #222               // mmap
	svc   #0
	cmn   x0, #4095
	b.hs  die
	mov   x22, x0                // the request
	mov   x1, x22
	mov   x2, x21
	bl    read_full
	add   x9, x22, x21           // the end of the strings
	ldurb w10, [x9, #-1]
	cbnz  w10, die
	add   x24, x9, #7
	and   x24, x24, #-8          // argv
	mov   x10, x24               // the next pointer
	add   x11, x22, #16          // the next string
strings:
	cmp   x11, x9
	b.hs  strung
	str   x11, [x10], #8
scan:
	ldrb  w12, [x11], #1
	cbnz  w12, scan
	b     strings
strung:
	str   xzr, [x10]
	cmp   x10, x24
	b.eq  die                    // no argv[0]
	ldp   x12, x13, [x22]
	add   x25, sp, #144          // the nonce, then pid, execve, faccessat, wait4
	stp   x12, x13, [x25]
	stp   xzr, xzr, [x25, #16]
	stp   xzr, xzr, [x25, #32]
	add   x0, x25, #48           // [x25+48]: the pipe the child reports a failed execve on
	mov   x1, #0x80000           // O_CLOEXEC: a successful execve closes it
	mov   x8, #59                // pipe2
	svc   #0
	tbnz  x0, #63, unmade
	mov   x0, #17                // SIGCHLD: a plain fork
	mov   x1, #0
	mov   x2, #0
	mov   x3, #0
	mov   x4, #0
	mov   x8, #220               // clone
	svc   #0
	cbz   x0, child
	str   x0, [x25, #16]
	ldr   w0, [x25, #52]
	mov   x8, #57                // close the write end
	svc   #0
	ldr   x9, [x25, #16]
	tbnz  x9, #63, closed
	ldr   w0, [x25, #48]
	add   x1, x25, #24
	mov   x2, #8
	mov   x8, #63                // read: nothing (end of file) once the execve succeeded
	svc   #0
closed:
	ldr   w0, [x25, #48]
	mov   x8, #57                // close
	svc   #0
	ldr   x0, [x25, #16]
	tbnz  x0, #63, reported
	add   x1, x25, #40
	mov   x2, #0
	mov   x3, #0
	mov   x8, #260               // wait4
	svc   #0
	tbz   x0, #63, waited
	str   x0, [x25, #40]
	b     waited
unmade:
	str   x0, [x25, #16]
	b     reported
waited:
	ldr   x9, [x25, #24]
	cbz   x9, reported
	mov   x0, #-100              // AT_FDCWD
	ldr   x1, [x24]
	mov   x2, #0                 // F_OK
	mov   x3, #0
	mov   x8, #48                // faccessat
	svc   #0
	str   x0, [x25, #32]
reported:
	mov   x0, #1
	mov   x1, x25
	mov   x2, #48
	mov   x8, #64                // write
	svc   #0
	cmp   x0, #48
	b.ne  die
	mov   x0, #2
	mov   x1, x25
	mov   x2, #16
	mov   x8, #64                // write
	svc   #0
	cmp   x0, #16
	b.ne  die
	mov   x0, x22
	mov   x1, x23
	mov   x8, #215               // munmap
	svc   #0
	b     idle
child:
	mov   x0, #-100              // AT_FDCWD
	adr   x1, devnull
	mov   x2, #2                 // O_RDWR
	mov   x3, #0
	mov   x8, #56                // openat
	svc   #0
	tbnz  x0, #63, unready
	mov   x21, x0
	mov   x1, #0
	mov   x2, #0
	mov   x8, #24                // dup3 onto stdin
	svc   #0
	tbnz  x0, #63, unready
	mov   x0, x21
	mov   x8, #57                // close
	svc   #0
	ldr   x0, [x24]
	mov   x1, x24
	mov   x2, x26
	mov   x8, #221               // execve
	svc   #0
	b     failed
unready:
	sub   x0, x0, #4096
failed:
	str   x0, [x25, #24]
	ldr   w0, [x25, #52]
	add   x1, x25, #24
	mov   x2, #8
	mov   x8, #64                // write the failure to the pipe
	svc   #0
	mov   x0, #127
	mov   x8, #94                // exit_group
	svc   #0
read_full:                       // reads x2 bytes from stdin to x1; sleeps for good when stdin ends
	mov   x0, #0
	mov   x8, #63                // read
	svc   #0
	cmp   x0, #0
	b.le  sleep
	add   x1, x1, x0
	subs  x2, x2, x0
	b.ne  read_full
	ret
sleep:
	mov   x0, #0                 // ppoll with no fds and no timeout: blocks forever
	mov   x1, #0
	mov   x2, #0
	mov   x3, #0
	mov   x8, #73
	svc   #0
	b     sleep
proc:
	.asciz "/proc"
devnull:
	.asciz "/dev/null"
