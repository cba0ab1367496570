/**
 * Inherited variables never handed to `go build`: the build runs code the pull request controls (cgo, -toolexec,
 * go:generate'd C), so the runner's credentials stay out of it. ACTIONS_* carries the runtime/results/OIDC tokens and
 * URLs, INPUT_* the action's inputs (which may hold a token), and any *_TOKEN (GITHUB_TOKEN, GH_TOKEN, NPM_TOKEN...).
 */
const SECRET_ENV = /^(ACTIONS_|INPUT_)|_TOKEN$|^GITHUB_TOKEN$/i

/** True when an inherited variable must not reach the build (runner credentials, action inputs, tokens). */
export function isSecretEnvName(name: string): boolean {
  return SECRET_ENV.test(name)
}

/**
 * The environment of a host `go build`: the parent's (PATH, HOME, GOCACHE, GOPATH, GOFLAGS, proxies...) without its
 * credentials, then the variant's own variables (which are written in the config, so they are kept as given).
 */
export function hostBuildEnv(
  parent: Record<string, string | undefined>,
  variantEnv: Record<string, string>,
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(parent)) if (!isSecretEnvName(k)) env[k] = v
  return { ...env, ...variantEnv }
}
