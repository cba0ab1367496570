import { builderLibc, builderPreamble } from '../../src/build/container-builder.js'
import type { PlannedVariant } from '../../src/matrix/types.js'
import { plannedVariant } from '../helpers/variants.js'

const variant = (over: Partial<PlannedVariant>): PlannedVariant => plannedVariant({ builder: 'img', ...over })

describe('the C library a builder image links', () => {
  test('is read from the line its preamble prints, and only from that line', () => {
    const log =
      "go: downloading x\nabigap: builder C library: glibc 2.31\n/usr/bin/ld: undefined reference to `arc4random'\n"
    expect(builderLibc(log)).toEqual({ flavor: 'glibc', version: '2.31' })
    expect(builderLibc('abigap: builder C library: musl 1.2.5\n')).toEqual({ flavor: 'musl', version: '1.2.5' })
    expect(builderLibc('main.go:3: abigap: builder C library: glibc 2.99\n')).toBeNull()
    expect(builderLibc('abigap: builder C library: glibc\n')).toBeNull()
    expect(builderLibc('')).toBeNull()
  })

  test('glibc variants ask getconf, native musl builders ask the loader, musl-gcc inside a glibc image asks nothing', () => {
    expect(builderPreamble(variant({}), 'img', 'amd64')).toContain('getconf GNU_LIBC_VERSION')
    const musl = builderPreamble(variant({ libc: 'musl', link: 'static' }), 'img', 'amd64')
    expect(musl).toMatch(/elif is_musl; then export CC=\$\{CC:-gcc\}; v=\$\(for l in \/lib\/ld-musl-\*\.so\.1/)
    expect(musl).not.toContain('getconf')
    expect(builderPreamble(variant({ cgo: false, libc: null }), 'img', 'amd64')).not.toContain('builder C library')
  })
})
