// The idle program for aarch64 (see src/docker/idle-elf.ts): writes each argument's file to stdout as one record,
// then answers each byte 1 it reads from stdin with a header holding the number of processes in its /proc (-errno
// when it cannot count them), and sleeps forever once stdin ends. A record is an int64 (little-endian) header h, then
// h bytes of content when h >= 0; -4095 <= h < 0 is -errno of openat/fstat/mmap (-22: not a regular file, -27: over
// 32 MiB); h = -(4096 + j) says the file is the one argument j (counted from 0) named (same device and inode), its
// content not repeated. At most 256 arguments.
	.globl _start
_start:
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
