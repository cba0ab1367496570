// The run contract lives in the pure ABI layer (src/abi/run-types.ts); re-exported here unchanged for the Docker side.
export type { RunOutcome, RunResult, RunRequest } from '../abi/run-types.js'
