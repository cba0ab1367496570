import { statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { Command } from 'commander'
import { fsTree } from '../../io/fs-tree.js'
import { isUnknownImage } from '../../docker/errors.js'
import { embeddedProfiles, findProfile, normaliseArch, profileFromTree, suggestTargets } from '../../knowledge/index.js'
import type { TargetProfile } from '../../knowledge/types.js'
import { ExitCode, InfrastructureError, UserError } from '../../errors/index.js'
import { parseCommandLine, reportingErrors, usageError } from '../command.js'
import { printErr, printOut, safeText } from '../output.js'

interface Options {
  rootfs?: string
  json?: boolean
  name?: string
  platform?: string
  embedded?: boolean
  list?: boolean
}

/** `abigap profile (IMAGE | --rootfs DIR) [--json]`: the target profile of an image, a root filesystem, or a known name. */
export const run = reportingErrors(profileCommand)

async function profileCommand(argv: string[]): Promise<number> {
  const cmd = new Command('abigap profile')
    .description('the target profile (libc, loaders, libraries, version nodes) of an image or a root filesystem')
    .argument('[image]', 'image reference: probed through Docker, or the embedded knowledge for known names')
    .option('--rootfs <dir>', 'derive the profile from a root filesystem directory (nothing is run)')
    .option('--name <name>', 'the image name to record for --rootfs (default: the directory name)')
    .option('--platform <os/arch>', 'architecture for embedded / probed profiles (default amd64)')
    .option('--embedded', 'use the embedded knowledge only (no Docker)')
    .option('--list', 'list the embedded target names')
    .option('--json', 'print the profile as JSON (save it and pass it to check --profile)')
  const ended = parseCommandLine(cmd, argv)
  if (ended !== null) return ended
  const opts = cmd.opts<Options>()
  const image = cmd.processedArgs[0] as string | undefined
  const arch = normaliseArch(opts.platform ?? 'amd64')

  if (opts.list) {
    const rows = embeddedProfiles(arch).map(
      (p) =>
        `${p.image.padEnd(40)} ${`${p.libc.flavor} ${p.libc.version ?? ''}`.padEnd(14)} ${p.confidence.padEnd(7)} ${p.aliases.slice(0, 3).join(', ')}`,
    )
    if (opts.json) process.stdout.write(JSON.stringify(embeddedProfiles(arch)) + '\n')
    else printOut(rows.join('\n') + '\n')
    return ExitCode.ok
  }
  if (opts.rootfs && image) return usageError('give either IMAGE or --rootfs DIR, not both')
  if (!opts.rootfs && !image) return usageError('profile needs IMAGE or --rootfs DIR (or --list)')

  let profile: TargetProfile
  if (opts.rootfs) {
    const dir = resolve(opts.rootfs)
    try {
      if (!statSync(dir).isDirectory()) return usageError(`--rootfs ${opts.rootfs} is not a directory`)
    } catch {
      return usageError(`--rootfs ${opts.rootfs}: no such directory`)
    }
    profile = profileFromTree(fsTree(dir), {
      image: opts.name ?? basename(dir),
      source: 'rootfs',
      ...(opts.platform ? { arch } : {}),
    })
  } else {
    const name = image as string
    const known = findProfile(name, arch)
    if (opts.embedded) {
      if (!known) return unknownTarget(name)
      profile = known
    } else {
      const docker = await import('../../docker/index.js')
      try {
        const rt = await docker.connectDocker()
        profile = await docker.probeImage(rt, name, {
          pull: 'missing',
          ...(opts.platform ? { platform: `linux/${arch}` } : {}),
        })
      } catch (e) {
        if (!(e instanceof InfrastructureError)) throw e
        if (!known) throw cannotProfile(name, e, e instanceof docker.ImageUnavailableError && isUnknownImage(e.message))
        printErr(`abigap: could not probe ${name} (${e.message}); showing the embedded profile instead\n`)
        profile = known
      }
    }
  }
  if (opts.json) process.stdout.write(JSON.stringify(profile, null, 2) + '\n')
  else printOut(describeProfile(profile) + '\n')
  return ExitCode.ok
}

/**
 * Why `name` has no profile: a UserError (exit 2, as `abigap check` says it) when the registry says the image does not
 * exist; otherwise an InfrastructureError (a registry or engine fault: the image may well exist), exit 3. Either way
 * the embedded names close to it are listed.
 */
function cannotProfile(name: string, cause: InfrastructureError, unknownImage: boolean): Error {
  const s = suggestTargets(name)
  const message = `cannot profile '${name}': ${cause.message}${s.length ? `; embedded names close to it: ${s.join(', ')}` : ''}`
  return unknownImage ? new UserError('target', message, { cause }) : new InfrastructureError(message, { cause })
}

function unknownTarget(name: string): number {
  const s = suggestTargets(name)
  return usageError(`unknown target '${name}'${s.length ? `; did you mean: ${s.join(', ')}?` : ''}`)
}

/** A short human account of a profile. */
function describeProfile(p: TargetProfile): string {
  const lines: string[] = []
  const add = (k: string, v: string) => lines.push(`  ${k.padEnd(15)}${v}`)
  lines.push(`${safeText(p.image)}:`)
  if (p.aliases.length) add('aliases', p.aliases.map((a) => safeText(a)).join(', '))
  add('distro', p.distro ? safeText(`${p.distro.name} ${p.distro.version}`) : 'unknown')
  add('arch', p.arch.join(', '))
  add('libc', `${p.libc.flavor}${p.libc.version ? ' ' + safeText(p.libc.version) : ''}`)
  add(
    'loaders',
    p.loaders.length ? p.loaders.map((l) => safeText(l)).join(', ') : 'none (only static binaries run here)',
  )
  const core = ['libc.so.6', 'libstdc++.so.6', 'libgcc_s.so.1']
  for (const c of core) {
    const l = p.libraries.find((x) => x.soname === c)
    if (!l) continue
    const top = l.versions.filter((v) => /^(GLIBC|GLIBCXX|GCC)_\d/.test(v)).pop()
    add(c, `${l.versions.length} version nodes${top ? `, newest ${safeText(top)}` : ''}`)
  }
  add('libraries', `${p.libraries.length}${p.librariesComplete ? ' (complete)' : ' (core libraries only)'}`)
  if (p.kernel) add('kernel', p.kernel)
  if (p.x86IsaBaseline) add('x86-64', `v${p.x86IsaBaseline} baseline`)
  if (p.eol) add('eol', safeText(p.eol))
  add('source', `${p.source}, confidence ${p.confidence}`)
  add('provenance', safeText(p.provenance, 300))
  for (const c of p.caveats ?? []) add('caveat', safeText(c, 300))
  return lines.join('\n')
}
