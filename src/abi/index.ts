/** The gap engine: binary facts × target profile → gaps, verdicts, floors, cross-checks. Pure. */
export { checkBinary, type CheckOptions } from './check-binary.js'
export { computeFloor, describeFloor } from './floor.js'
export { crossCheck, runtimeDisagreementGap, runLoaded } from './cross-check.js'
export { emptySourceIndex, locateSymbols, type SourceIndex, type IndexedSite } from './source-index.js'
export { goPackageOf, NSS_SYMBOLS } from './go-packages.js'
export { packageHint } from './package-hints.js'
export { olderBuilderFix, FIX } from './fixes.js'
export type * from './types.js'
