// The matrix configuration and planner (pure).
export { parseMatrixConfig } from './parse-config.js'
export { planMatrix, targetName, type PlanOptions } from './plan.js'
export { ConfigError, formatProblem, type ConfigProblem } from './config-error.js'
export { TARGET_PRESETS, presetNames } from './presets.js'
export { variantName } from './variant-name.js'
export { cellKey, cellInShard, shardOf, parseShard, type ShardSpec } from './shard.js'
export { shellWords, parseDuration } from './shell-words.js'
export type * from './types.js'
