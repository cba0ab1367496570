import { parseMuslBanner, tracedLibc } from '../../src/build/musl-toolchain.js'

describe('musl toolchain release', () => {
  test("musl's libc banner gives the release; anything else gives null", () => {
    expect(parseMuslBanner('musl libc (x86_64)\nVersion 1.2.3\nDynamic Program Loader\nUsage: ...\n')).toBe('1.2.3')
    expect(parseMuslBanner('musl libc (aarch64)\nVersion 1.2.5\n')).toBe('1.2.5')
    expect(parseMuslBanner('GNU C Library (Debian GLIBC 2.36-9) stable release version 2.36.\n')).toBeNull()
    expect(parseMuslBanner('Version 1.2.3\n')).toBeNull()
    expect(parseMuslBanner('musl libc (x86_64)\n')).toBeNull()
  })

  test('the libc.so of a link trace, in either of ld’s spellings', () => {
    const trace = [
      '/usr/bin/ld: mode elf_x86_64',
      '/usr/lib/x86_64-linux-musl/crt1.o',
      '/tmp/cc1.o',
      '/usr/lib/x86_64-linux-musl/libc.so',
      '/usr/lib/gcc/x86_64-linux-gnu/12/libgcc.a',
    ].join('\n')
    expect(tracedLibc(trace)).toBe('/usr/lib/x86_64-linux-musl/libc.so')
    expect(tracedLibc('(/usr/lib/musl/lib/libc.so)\n')).toBe('/usr/lib/musl/lib/libc.so')
    expect(tracedLibc('/usr/lib/x86_64-linux-musl/libc.a\n')).toBeNull()
    expect(tracedLibc('libc.so\n')).toBeNull()
  })
})
