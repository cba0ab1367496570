# The idle program for x86-64 (see src/docker/idle-elf.ts): writes each argument's file to stdout as one record,
# then answers each byte 1 it reads from stdin with a header holding the number of processes in its /proc (-errno
# when it cannot count them), runs the program each byte 2 asks for (below), and sleeps forever once stdin ends. A record is an int64 (little-endian) header h, then
# h bytes of content when h >= 0; -4095 <= h < 0 is -errno of openat/fstat/mmap (-22: not a regular file, -27: over
# 32 MiB); h = -(4096 + j) says the file is the one argument j (counted from 0) named (same device and inode), its
# content not repeated. At most 256 arguments.
# A run request is byte 2, a uint32 n (little-endian) and n bytes (17 to 1 MiB): a 16-byte nonce, then the argv
# strings, each ending in NUL. The program runs in a child with this program's environment, stdin /dev/null, stdout
# and stderr its own; once it ended, the nonce and four int64 go to stdout — the child's pid (or -errno of pipe2 or
# clone), its execve (0, -errno, or -(4096 + errno) when stdin could not be set up), faccessat(argv[0], F_OK) when
# the execve failed (else 0), its wait4 status (or -errno) — and the nonce alone to stderr: each stream's marker
# follows all the program wrote there.
	.intel_syntax noprefix
	.globl _start
_start:
	mov   rax, [rsp]             # argc
	lea   rbp, [rsp+rax*8+16]    # envp, the runs' environment
	mov   edi, 4                 # PR_SET_DUMPABLE
	xor   esi, esi               # 0: its descriptors and memory are closed to the binaries run beside it (same uid)
	mov   eax, 157               # prctl
	syscall
	lea   rbx, [rsp+16]          # &argv[1]
	sub   rsp, 4240              # [rsp]: struct stat (144 bytes); [rsp+144]: 256 x (st_dev, st_ino)
	xor   r15d, r15d             # index of the argument
	xor   r14d, r14d             # address of the content mapped, 0 for none
next:
	mov   rsi, [rbx]
	test  rsi, rsi
	jz    idle
	cmp   r15, 256
	jae   idle
	mov   r8, r15
	shl   r8, 4
	lea   rdx, [rsp+144]
	add   r8, rdx                # r8 = &table[index], zeroed: a failed argument matches nothing (no inode is 0)
	mov   qword ptr [r8], 0
	mov   qword ptr [r8+8], 0
	mov   edi, -100              # AT_FDCWD
	mov   edx, 0x800             # O_RDONLY | O_NONBLOCK (a FIFO must not block the open)
	mov   eax, 257               # openat
	syscall
	test  rax, rax
	js    header
	mov   r12, rax               # fd
	mov   edi, r12d
	mov   rsi, rsp
	mov   eax, 5                 # fstat
	syscall
	test  rax, rax
	js    close
	mov   rax, [rsp]             # st_dev
	mov   rcx, [rsp+8]           # st_ino
	mov   [r8], rax
	mov   [r8+8], rcx
	lea   rdx, [rsp+144]
	xor   r9d, r9d
find:
	cmp   r9, r15
	jae   fresh
	cmp   rax, [rdx]
	jne   findnext
	cmp   rcx, [rdx+8]
	jne   findnext
	lea   rax, [r9+4096]
	neg   rax
	jmp   close
findnext:
	inc   r9
	add   rdx, 16
	jmp   find
fresh:
	mov   eax, [rsp+24]          # st_mode
	and   eax, 0xf000
	cmp   eax, 0x8000            # S_IFREG
	mov   rax, -22
	jne   close
	mov   r13, [rsp+48]          # st_size
	xor   r14d, r14d
	mov   rax, -27               # EFBIG: more than 32 MiB is fetched otherwise
	cmp   r13, 0x2000000
	ja    close
	mov   rax, r13
	test  r13, r13
	jz    close
	xor   edi, edi
	mov   rsi, r13
	mov   edx, 1                 # PROT_READ
	mov   r10d, 2                # MAP_PRIVATE
	mov   r8, r12
	xor   r9d, r9d
	mov   eax, 9                 # mmap
	syscall
	cmp   rax, -4095
	jae   close                  # -errno
	mov   r14, rax               # the content
	mov   rax, r13
close:
	mov   [rsp], rax             # the header, kept while fd closes
	mov   edi, r12d
	mov   eax, 3                 # close
	syscall
	mov   rax, [rsp]
	test  rax, rax
	js    header
	test  r14, r14
	jz    header
	call  write_header
content:
	mov   edi, 1
	mov   rsi, r14
	mov   rdx, r13
	mov   eax, 1                 # write
	syscall
	test  rax, rax
	jle   die
	add   r14, rax
	sub   r13, rax
	jnz   content
	jmp   advance
header:
	call  write_header
advance:
	add   rbx, 8
	inc   r15
	xor   r14d, r14d
	jmp   next
write_header:                    # writes rax as the 8-byte header (a pipe writes 8 bytes at once)
	mov   [rsp+8], rax           # [rsp] is the return address
	mov   edi, 1
	lea   rsi, [rsp+8]
	mov   edx, 8
	mov   eax, 1                 # write
	syscall
	cmp   rax, 8
	jne   die
	ret
die:
	mov   edi, 1
	mov   eax, 231               # exit_group
	syscall
idle:                            # a query: the byte 1 read from stdin (others are ignored: Podman hands the
	xor   edi, edi               # attach request's JSON body to stdin)
	mov   rsi, rsp
	mov   edx, 1
	xor   eax, eax               # read
	syscall
	cmp   rax, 1
	jne   sleep
	cmp   byte ptr [rsp], 2
	je    spawn
	cmp   byte ptr [rsp], 1
	jne   idle
	mov   edi, -100              # AT_FDCWD
	lea   rsi, [rip+proc]
	xor   edx, edx               # O_RDONLY
	mov   eax, 257               # openat
	syscall
	test  rax, rax
	js    answer
	mov   r12, rax               # fd
	xor   r13d, r13d             # processes counted
list:
	mov   edi, r12d
	lea   rsi, [rsp+144]         # the table's space holds the entries now
	mov   edx, 4096
	mov   eax, 217               # getdents64
	syscall
	test  rax, rax
	js    listed                 # -errno
	jz    counted
	lea   rsi, [rsp+144]
	lea   rdx, [rsi+rax]         # the end of the entries read
entry:
	movzx ecx, byte ptr [rsi+19] # d_name[0]: a process's directory is its pid, from 1 to 9
	sub   ecx, 49
	cmp   ecx, 8
	ja    skip
	inc   r13
skip:
	movzx ecx, word ptr [rsi+16] # d_reclen
	add   rsi, rcx
	cmp   rsi, rdx
	jb    entry
	jmp   list
counted:
	mov   rax, r13
listed:
	mov   [rsp], rax             # the header, kept while fd closes
	mov   edi, r12d
	mov   eax, 3                 # close
	syscall
	mov   rax, [rsp]
answer:
	call  write_header
	jmp   idle
spawn:                           # a run request
	mov   rsi, rsp
	mov   edx, 4
	call  read_full
	mov   r13d, dword ptr [rsp]  # n
	cmp   r13, 17
	jb    die
	cmp   r13, 0x100000
	ja    die
	xor   edi, edi
	lea   rsi, [r13+r13*8+16]    # the mapping: n bytes, then the argv pointers
	mov   edx, 3                 # PROT_READ | PROT_WRITE
	mov   r10d, 0x22             # MAP_PRIVATE | MAP_ANONYMOUS
	mov   r8, -1
	xor   r9d, r9d
	mov   eax, 9                 # mmap
	syscall
	cmp   rax, -4095
	jae   die
	mov   r12, rax               # the request
	mov   rsi, r12
	mov   rdx, r13
	call  read_full
	cmp   byte ptr [r12+r13-1], 0
	jne   die
	lea   r14, [r12+r13+7]
	and   r14, -8                # argv
	mov   rdi, r14               # the next pointer
	lea   rsi, [r12+16]          # the next string
	lea   rdx, [r12+r13]         # the end of the strings
strings:
	cmp   rsi, rdx
	jae   strung
	mov   [rdi], rsi
	add   rdi, 8
scan:
	cmp   byte ptr [rsi], 0
	lea   rsi, [rsi+1]
	jne   scan
	jmp   strings
strung:
	mov   qword ptr [rdi], 0
	cmp   rdi, r14
	je    die                    # no argv[0]
	mov   rax, [r12]             # [rsp+144]: the nonce, then pid, execve, faccessat, wait4
	mov   [rsp+144], rax
	mov   rax, [r12+8]
	mov   [rsp+152], rax
	xor   eax, eax
	mov   [rsp+160], rax
	mov   [rsp+168], rax
	mov   [rsp+176], rax
	mov   [rsp+184], rax
	lea   rdi, [rsp+192]         # [rsp+192]: the pipe the child reports a failed execve on
	mov   esi, 0x80000           # O_CLOEXEC: a successful execve closes it
	mov   eax, 293               # pipe2
	syscall
	test  rax, rax
	js    unmade
	mov   edi, 17                # SIGCHLD: a plain fork
	xor   esi, esi
	xor   edx, edx
	xor   r10d, r10d
	xor   r8d, r8d
	mov   eax, 56                # clone
	syscall
	test  rax, rax
	jz    child
	mov   [rsp+160], rax
	mov   edi, [rsp+196]
	mov   eax, 3                 # close the write end
	syscall
	cmp   qword ptr [rsp+160], 0
	jl    closed
	mov   edi, [rsp+192]
	lea   rsi, [rsp+168]
	mov   edx, 8
	xor   eax, eax               # read: nothing (end of file) once the execve succeeded
	syscall
closed:
	mov   edi, [rsp+192]
	mov   eax, 3                 # close
	syscall
	mov   rdi, [rsp+160]
	test  rdi, rdi
	js    reported
	lea   rsi, [rsp+184]
	xor   edx, edx
	xor   r10d, r10d
	mov   eax, 61                # wait4
	syscall
	test  rax, rax
	jns   waited
	mov   [rsp+184], rax
	jmp   waited
unmade:
	mov   [rsp+160], rax
	jmp   reported
waited:
	cmp   qword ptr [rsp+168], 0
	je    reported
	mov   edi, -100              # AT_FDCWD
	mov   rsi, [r14]
	xor   edx, edx               # F_OK
	xor   r10d, r10d
	mov   eax, 269               # faccessat
	syscall
	mov   [rsp+176], rax
reported:
	mov   edi, 1
	lea   rsi, [rsp+144]
	mov   edx, 48
	mov   eax, 1                 # write
	syscall
	cmp   rax, 48
	jne   die
	mov   edi, 2
	lea   rsi, [rsp+144]
	mov   edx, 16
	mov   eax, 1                 # write
	syscall
	cmp   rax, 16
	jne   die
	mov   rdi, r12
	lea   rsi, [r13+r13*8+16]
	mov   eax, 11                # munmap
	syscall
	jmp   idle
child:
	mov   edi, -100              # AT_FDCWD
	lea   rsi, [rip+devnull]
	mov   edx, 2                 # O_RDWR
	mov   eax, 257               # openat
	syscall
	test  rax, rax
	js    unready
	mov   rdi, rax
	xor   esi, esi
	xor   edx, edx
	mov   eax, 292               # dup3 onto stdin
	syscall
	test  rax, rax
	js    unready
	mov   eax, 3                 # close
	syscall
	mov   rdi, [r14]
	mov   rsi, r14
	mov   rdx, rbp
	mov   eax, 59                # execve
	syscall
	jmp   failed
unready:
	sub   rax, 4096
failed:
	mov   [rsp+168], rax
	mov   edi, [rsp+196]
	lea   rsi, [rsp+168]
	mov   edx, 8
	mov   eax, 1                 # write the failure to the pipe
	syscall
	mov   edi, 127
	mov   eax, 231               # exit_group
	syscall
read_full:                       # reads rdx bytes from stdin to rsi; sleeps for good when stdin ends
	xor   edi, edi
	xor   eax, eax               # read
	syscall
	test  rax, rax
	jle   sleep
	add   rsi, rax
	sub   rdx, rax
	jnz   read_full
	ret
sleep:
	mov   eax, 34                # pause
	syscall
	jmp   sleep
proc:
	.asciz "/proc"
devnull:
	.asciz "/dev/null"
