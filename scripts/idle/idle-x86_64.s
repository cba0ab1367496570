# The idle program for x86-64 (see src/docker/idle-elf.ts): writes each argument's file to stdout as one record,
# then answers each byte 1 it reads from stdin with a header holding the number of processes in its /proc (-errno
# when it cannot count them), and sleeps forever once stdin ends. A record is an int64 (little-endian) header h, then
# h bytes of content when h >= 0; -4095 <= h < 0 is -errno of openat/fstat/mmap (-22: not a regular file, -27: over
# 32 MiB); h = -(4096 + j) says the file is the one argument j (counted from 0) named (same device and inode), its
# content not repeated. At most 256 arguments.
	.intel_syntax noprefix
	.globl _start
_start:
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
sleep:
	mov   eax, 34                # pause
	syscall
	jmp   sleep
proc:
	.asciz "/proc"
