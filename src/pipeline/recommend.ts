// The recommendation logic is pure and lives in the report layer (merge recomputes it); re-exported for the pipeline.
export { recommendArtifacts, runsThere } from '../report/recommend.js'
