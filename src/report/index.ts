// The report layer (pure): annotations, job summary, terminal grid, SARIF, regression diff, shard merge, verdicts.
export * from './types.js'
export {
  escapeCommandData,
  escapeCommandProperty,
  workflowCommand,
  newStopToken,
  wrapUntrusted,
  stripControl,
  escapeMarkdown,
  escapeHtml,
  markdownCodeBlock,
  truncate,
} from './escape.js'
export { collectFindings, hasInfrastructureError, infrastructureMessages, type Finding } from './findings.js'
export { gapTitle, gapReason, gapMessage } from './gap-text.js'
export { locateFinding, normalisePath, type PathMapper } from './locate.js'
export {
  selectAnnotations,
  allAnnotations,
  gapIdentity,
  type Annotation,
  type AnnotationOptions,
  type AnnotationSelection,
} from './annotations.js'
export { cellStatus, floorText, formatDuration, type CellStatus } from './cells.js'
export { formatGrid } from './grid.js'
export { renderSummary, type SummaryOptions } from './summary.js'
export { toSarif, RULES, type SarifOptions } from './sarif.js'
export { diffReports, findingIdentity, newGapIdentities } from './diff.js'
export { mergeReports, MergeError } from './merge.js'
export { shardOf, cellKey, cellInShard, parseShard, type ShardSpec } from '../matrix/shard.js'
export { evaluateReport, FAIL_ON_VALUES, type FailOn, type Evaluation } from './verdict.js'
export { compareVersions } from '../knowledge/versions.js'
export { fingerprint } from './fingerprint.js'
export { parseReportJson, ReportFileError } from './parse-report.js'
