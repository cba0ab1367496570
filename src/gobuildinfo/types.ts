/** Go build information, as `go version -m` prints it. */
export interface GoBuildInfo {
  version: string
  /** The main package path ("path" line). */
  path: string
  main: { path: string; version: string; sum?: string }
  /** Build settings ("build" lines), e.g. CGO_ENABLED, -ldflags, -tags, GOARCH, GOAMD64. */
  settings: Record<string, string>
  deps: { path: string; version: string; sum?: string; replace?: { path: string; version: string; sum?: string } }[]
}
