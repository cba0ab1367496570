// Input, output and state names, declared once (action.yml must list exactly these).

/** Action inputs (names as written in action.yml; the runner passes them as INPUT_<NAME UPPERCASED>, hyphens kept). */
export const Inputs = {
  config: 'config',
  configYaml: 'config-yaml',
  targets: 'targets',
  variants: 'variants',
  package: 'package',
  workingDirectory: 'working-directory',
  builder: 'builder',
  runArgs: 'run-args',
  runTimeout: 'run-timeout',
  failOn: 'fail-on',
  annotations: 'annotations',
  uploadArtifacts: 'upload-artifacts',
  artifactName: 'artifact-name',
  sarifFile: 'sarif-file',
  baseline: 'baseline',
  baselineRef: 'baseline-ref',
  shard: 'shard',
  docker: 'docker',
  dockerHost: 'docker-host',
} as const

/** Action outputs. */
export const Outputs = {
  verdict: 'verdict',
  report: 'report',
  floor: 'floor',
  sarif: 'sarif',
  summary: 'summary',
} as const

/** State shared between the main and the post step (GITHUB_STATE). */
export const State = {
  sessionId: 'abigap-session-id',
  dockerHost: 'abigap-docker-host',
} as const
