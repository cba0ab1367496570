// Sharding is defined once, in src/report/shard.ts, so the planner and `abigap merge` always agree.
export { cellKey, cellInShard, shardOf, parseShard, type ShardSpec } from '../report/shard.js'
