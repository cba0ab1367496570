// Registry credentials from the Docker config file (DOCKER_CONFIG or ~/.docker/config.json), as `docker login` and
// docker/login-action leave them: `auths` entries (base64 user:password, or an identity token) and credential
// helpers (`credHelpers`, `credsStore`). Credentials are passed to the engine only; never logged or reported.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { DOCKER_HUB } from './image-ref.js'
import { InfrastructureError, errorMessage } from './errors.js'

/** What the engine's X-Registry-Auth header carries. */
export interface RegistryAuth {
  username?: string
  password?: string
  identitytoken?: string
  serveraddress: string
}

/** The Docker config file's parts abigap reads. */
export interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>
  credHelpers?: Record<string, string>
  credsStore?: string
}

/** Where the Docker config file lives: $DOCKER_CONFIG/config.json, else ~/.docker/config.json. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json')
}

/** The keys a registry may be stored under in `auths` (Docker Hub's is the legacy index URL). */
export function authKeys(registry: string): string[] {
  if (registry === DOCKER_HUB)
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'https://docker.io', 'registry-1.docker.io']
  return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`, `https://${registry}/v2/`]
}

/** The credentials stored inline for `registry` (an `auths` entry with `auth` or username/password), or null. */
export function inlineAuth(config: DockerConfigFile, registry: string): RegistryAuth | null {
  const serveraddress = registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry
  for (const key of authKeys(registry)) {
    const entry = config.auths?.[key]
    if (!entry) continue
    if (entry.identitytoken) return { identitytoken: entry.identitytoken, serveraddress }
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), serveraddress }
    }
    if (entry.username && entry.password) return { username: entry.username, password: entry.password, serveraddress }
  }
  return null
}

/** The credential helper configured for `registry` (credHelpers, else credsStore), or null. */
export function helperFor(config: DockerConfigFile, registry: string): string | null {
  for (const key of authKeys(registry)) {
    const h = config.credHelpers?.[key]
    if (h) return h
  }
  return config.credsStore || null
}

/** Reads the credentials for `registry`, or null for anonymous pulls; a broken config or helper is an error. */
export async function registryAuth(
  registry: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RegistryAuth | null> {
  const file = dockerConfigPath(env)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return null // no config file: anonymous
  }
  let config: DockerConfigFile
  try {
    config = JSON.parse(text) as DockerConfigFile
  } catch (err) {
    throw new InfrastructureError(`the Docker config file ${file} is not valid JSON: ${errorMessage(err)}`)
  }
  const inline = inlineAuth(config, registry)
  if (inline) return inline
  const helper = helperFor(config, registry)
  return helper ? fromHelper(helper, registry) : null
}

function fromHelper(helper: string, registry: string): Promise<RegistryAuth | null> {
  const server = registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry
  return new Promise((resolve, reject) => {
    const child = execFile(`docker-credential-${helper}`, ['get'], { timeout: 10_000 }, (err, stdout) => {
      if (err) {
        // helpers answer "credentials not found" with a non-zero exit: anonymous
        if (/not found/i.test(String(stdout)) || /not found/i.test(errorMessage(err))) return resolve(null)
        return reject(
          new InfrastructureError(`the Docker credential helper docker-credential-${helper} failed for ${registry}`),
        )
      }
      try {
        const out = JSON.parse(stdout) as { Username?: string; Secret?: string }
        if (!out.Secret) return resolve(null)
        resolve(
          out.Username === '<token>'
            ? { identitytoken: out.Secret, serveraddress: server }
            : { username: out.Username ?? '', password: out.Secret, serveraddress: server },
        )
      } catch {
        reject(new InfrastructureError(`docker-credential-${helper} answered something that is not JSON`))
      }
    })
    child.stdin?.end(server)
  })
}
