// A planned build variant for tests: a dynamic cgo glibc build on the host for amd64, with the given fields instead.
import type { PlannedVariant } from '../../src/matrix/types.js'

/** A PlannedVariant with test defaults (name 'v', cgo, glibc, dynamic, amd64, host builder) and `over` on top. */
export function plannedVariant(over: Partial<PlannedVariant> = {}): PlannedVariant {
  return {
    name: 'v',
    cgo: true,
    libc: 'glibc',
    link: 'dynamic',
    arch: 'amd64',
    builder: 'host',
    tags: [],
    cc: null,
    declaredAt: null,
    ...over,
  }
}
