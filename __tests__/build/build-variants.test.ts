import { buildVariants, compileKey } from '../../src/build/build-variants.js'
import type { BuildContext, BuildOutcome } from '../../src/build/types.js'
import type { PlannedVariant } from '../../src/matrix/types.js'
import { plannedVariant } from '../helpers/variants.js'

const variant = (name: string, o: Partial<PlannedVariant> = {}): PlannedVariant => plannedVariant({ name, ...o })

describe('buildVariants', () => {
  test('variants that compile the same packages share a key; the link mode is not part of it', () => {
    const base = compileKey(variant('cgo-glibc'))
    expect(compileKey(variant('cgo-glibc-static', { link: 'static' }))).toBe(base)
    for (const o of [
      { cgo: false, libc: null },
      { libc: 'musl' as const, cc: 'musl-gcc' },
      { arch: 'arm64' },
      { builder: 'golang:1.24' },
      { tags: ['netgo'] },
    ])
      expect(compileKey(variant('other', o))).not.toBe(base)
  })

  test('builds of one key run one after another, others beside them; outcomes in plan order', async () => {
    const variants = [
      variant('cgo-musl', { libc: 'musl', cc: 'musl-gcc' }),
      variant('cgo-musl-static', { libc: 'musl', cc: 'musl-gcc', link: 'static' }),
      variant('nocgo', { cgo: false, libc: null }),
    ]
    const events: string[] = []
    const build = async (v: PlannedVariant): Promise<BuildOutcome> => {
      events.push(`start ${v.name}`)
      await new Promise((r) => setTimeout(r, v.name === 'cgo-musl' ? 30 : 5))
      events.push(`end ${v.name}`)
      return { record: { variant: v.name } as BuildOutcome['record'], binaryPath: null, infrastructureError: null }
    }
    const out = await buildVariants(variants, {} as BuildContext, { host: build, container: build }, 2)
    expect(out.map((o) => o.record.variant)).toEqual(['cgo-musl', 'cgo-musl-static', 'nocgo'])
    expect(events.indexOf('start cgo-musl-static')).toBeGreaterThan(events.indexOf('end cgo-musl'))
    expect(events.indexOf('start nocgo')).toBeLessThan(events.indexOf('end cgo-musl'))
  })
})
