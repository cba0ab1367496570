import { ConfigError } from './config-error.js'
import { DEFAULT_AXES } from './defaults.js'
import { didYouMean } from './did-you-mean.js'
import { cellInShard, cellKey } from './shard.js'
import type {
  DroppedCombo,
  MatrixConfig,
  MatrixPlan,
  PlannedCell,
  PlannedVariant,
  TargetSpec,
  VariantSpec,
} from './types.js'
import { variantName } from './variant-name.js'

/** Options of the planner. */
export interface PlanOptions {
  /** Keep only the cells of shard `index` (1-based) of `count`. */
  shard?: { index: number; count: number } | null
  /**
   * GOARCH of the machine abigap runs on (src/build/host-arch.ts hostGoArch(); this pure module cannot read it): the
   * arch of variants that name none and of targets without a platform. Default amd64, for callers that plan without
   * building (a shape check); runMatrix always passes the real one.
   */
  hostArch?: string
}

/** Expands the config into variants (readable names, impossible combinations dropped with reasons) × targets. */
export function planMatrix(config: MatrixConfig, opts: PlanOptions = {}): MatrixPlan {
  const dropped: DroppedCombo[] = []
  const hostArch = opts.hostArch ?? 'amd64'
  const specs = (config.variants ?? expandAxes(config, dropped, hostArch)).map((s) => ({
    ...s,
    arch: s.arch ?? hostArch,
  }))
  const variants: PlannedVariant[] = []
  const byName = new Map<string, PlannedVariant>()
  const bySignature = new Map<string, PlannedVariant>()

  for (const spec of specs) {
    const builder = spec.builder ?? config.builder
    const libc = spec.cgo ? (spec.libc ?? 'glibc') : null
    const link = spec.cgo ? (spec.link ?? 'dynamic') : 'static'
    const reason = impossible(spec, builder, config, hostArch)
    const auto = variantName({ cgo: spec.cgo, libc, link, arch: spec.arch })
    if (reason && config.variants === null) {
      dropped.push({ combo: auto, reason })
      continue
    }
    const tags = [...new Set([...config.tags, ...spec.tags])]
    const signature = JSON.stringify([spec.cgo, libc, link, spec.arch, builder, tags, spec.cc])
    const twin = bySignature.get(signature)
    if (twin && config.variants === null) {
      dropped.push({ combo: auto, reason: `same build as ${twin.name}` })
      continue
    }
    let name = spec.name ?? auto
    if (!spec.name && byName.has(name)) name = `${auto}@${builderShortName(builder)}`
    if (byName.has(name)) {
      throw new ConfigError([
        {
          file: config.file,
          key: 'variants',
          line: spec.declaredAt?.line ?? 1,
          column: spec.declaredAt?.column ?? 1,
          message: `two variants are both named '${name}': give one a name`,
        },
      ])
    }
    const v: PlannedVariant = {
      name,
      cgo: spec.cgo,
      libc,
      link,
      arch: spec.arch,
      builder: config.builders[name] ?? builder,
      tags,
      cc: spec.cc ?? (spec.cgo && spec.arch !== hostArch ? (config.cc[spec.arch] ?? null) : null),
      declaredAt: spec.declaredAt,
    }
    variants.push(v)
    byName.set(name, v)
    bySignature.set(signature, v)
  }

  for (const key of Object.keys(config.builders)) {
    if (byName.has(key)) continue
    const pos = config.positions[`builders.${key}`]
    const guess = didYouMean(key, [...byName.keys()])
    throw new ConfigError([
      {
        file: config.file,
        key: `builders.${key}`,
        line: pos?.line ?? 1,
        column: pos?.column ?? 1,
        message: `no variant named '${key}'${guess ? ` (did you mean '${guess}'?)` : ''}; variants: ${[...byName.keys()].join(', ')}`,
      },
    ])
  }

  if (variants.length === 0) {
    const pos = config.positions.axes ?? config.positions.variants
    throw new ConfigError([
      {
        file: config.file,
        key: config.variants ? 'variants' : 'axes',
        line: pos?.line ?? 1,
        column: pos?.column ?? 1,
        message: `empty matrix: every combination was dropped (${dropped.map((d) => `${d.combo}: ${d.reason}`).join('; ')})`,
      },
    ])
  }

  // Each build is checked on the targets of its own architecture; a variant (or target) whose architecture has no
  // counterpart in the matrix keeps all its cells, so the arch mismatch shows instead of a silently empty row.
  const targetArch = (t: TargetSpec): string => t.platform?.split('/')[1] ?? hostArch
  const variantArchs = new Set(variants.map((v) => v.arch))
  const targetArchs = new Set(config.targets.map(targetArch))
  const paired = (v: PlannedVariant, t: TargetSpec): boolean =>
    v.arch === targetArch(t) || !targetArchs.has(v.arch) || !variantArchs.has(targetArch(t))
  const cells: PlannedCell[] = []
  for (const v of variants) {
    for (const t of config.targets) {
      if (paired(v, t)) cells.push({ variant: v.name, target: t.id, key: cellKey(v.name, t.id) })
    }
  }
  const whole: MatrixPlan = {
    variants,
    dropped,
    targets: config.targets,
    cells,
    shard: null,
    order: { variants: variants.map((v) => v.name), targets: config.targets.map((t) => t.id) },
  }
  return shardPlan(whole, opts.shard ?? null)
}

/** The cells of one shard of a whole plan, with only the variants and targets they use (the order stays whole). */
export function shardPlan(plan: MatrixPlan, shard: { index: number; count: number } | null): MatrixPlan {
  if (!shard) return plan
  if (!Number.isInteger(shard.count) || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw new RangeError(`invalid shard ${shard.index}/${shard.count}`)
  }
  const cells = plan.cells.filter((c) => cellInShard(c.variant, c.target, shard))
  const usedVariants = new Set(cells.map((c) => c.variant))
  const usedTargets = new Set(cells.map((c) => c.target))
  return {
    ...plan,
    variants: plan.variants.filter((v) => usedVariants.has(v.name)),
    targets: plan.targets.filter((t) => usedTargets.has(t.id)),
    cells,
    shard,
    unsharded: plan,
  }
}

function expandAxes(config: MatrixConfig, dropped: DroppedCombo[], hostArch: string): VariantSpec[] {
  const axes = config.axes ?? DEFAULT_AXES
  const out: VariantSpec[] = []
  const base = { name: null, builder: null, tags: [], cc: null, declaredAt: config.positions.axes ?? null }
  for (const arch of axes.arch ?? [hostArch]) {
    for (const cgo of axes.cgo) {
      if (!cgo) {
        out.push({ ...base, cgo, libc: null, link: null, arch })
        const collapsed = axes.libc.length * axes.link.length - 1
        if (collapsed > 0) {
          dropped.push({
            combo: variantName({ cgo: false, libc: null, link: 'static', arch }) + ` × libc/link (${collapsed})`,
            reason: 'cgo off has no libc or link axis: a pure-Go binary is always static',
          })
        }
        continue
      }
      for (const libc of axes.libc) for (const link of axes.link) out.push({ ...base, cgo, libc, link, arch })
    }
  }
  return out
}

/** Why a combination cannot be built as configured, or null. */
function impossible(
  spec: VariantSpec & { arch: string },
  builder: string,
  config: MatrixConfig,
  hostArch: string,
): string | null {
  if (!spec.cgo || spec.arch === hostArch) return null
  if (builder !== 'host') return null
  if (spec.libc === 'musl') {
    return `cgo with musl for ${spec.arch} on the host needs a musl cross compiler for ${spec.arch}: use a builder image, or list the variant explicitly with its cc`
  }
  if (!spec.cc && !config.cc[spec.arch]) {
    return `cgo for ${spec.arch} on the host needs a cross C compiler: set cc: { ${spec.arch}: <compiler> } (e.g. aarch64-linux-gnu-gcc) or use a builder image`
  }
  return null
}

function builderShortName(builder: string): string {
  if (builder === 'host') return 'host'
  const last = builder.split('/').pop() ?? builder
  return last.split(':')[0].split('@')[0]
}
