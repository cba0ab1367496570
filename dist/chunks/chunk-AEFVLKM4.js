import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

// src/action/constants.ts
var Inputs = {
  config: "config",
  configYaml: "config-yaml",
  targets: "targets",
  variants: "variants",
  package: "package",
  workingDirectory: "working-directory",
  builder: "builder",
  runArgs: "run-args",
  runTimeout: "run-timeout",
  failOn: "fail-on",
  annotations: "annotations",
  uploadArtifacts: "upload-artifacts",
  artifactName: "artifact-name",
  sarifFile: "sarif-file",
  baseline: "baseline",
  baselineRef: "baseline-ref",
  shard: "shard",
  docker: "docker",
  dockerHost: "docker-host"
};
var Outputs = {
  verdict: "verdict",
  report: "report",
  floor: "floor",
  sarif: "sarif",
  summary: "summary"
};
var State = {
  sessionId: "abigap-session-id",
  dockerHost: "abigap-docker-host"
};

export {
  Inputs,
  Outputs,
  State
};
