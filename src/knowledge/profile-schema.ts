import { Ajv } from 'ajv'

/** JSON schema of a saved TargetProfile (profileVersion 1). */
export const PROFILE_SCHEMA = {
  $id: 'https://abigap.dev/schemas/target-profile-1.json',
  type: 'object',
  required: [
    'profileVersion',
    'image',
    'aliases',
    'arch',
    'distro',
    'libc',
    'loaders',
    'libraries',
    'librariesComplete',
    'kernel',
    'x86IsaBaseline',
    'eol',
    'source',
    'confidence',
    'provenance',
  ],
  additionalProperties: false,
  properties: {
    profileVersion: { const: 1 },
    image: { type: 'string', minLength: 1, maxLength: 512 },
    aliases: { type: 'array', items: { type: 'string', maxLength: 512 }, maxItems: 64 },
    arch: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9]+$' }, minItems: 1, maxItems: 16 },
    distro: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['id', 'name', 'version'],
          additionalProperties: false,
          properties: { id: { type: 'string' }, name: { type: 'string' }, version: { type: 'string' } },
        },
      ],
    },
    libc: {
      type: 'object',
      required: ['flavor', 'version'],
      additionalProperties: false,
      properties: {
        flavor: { enum: ['glibc', 'musl', 'none'] },
        version: { type: ['string', 'null'], pattern: '^\\d+(\\.\\d+)*$' },
      },
    },
    loaders: { type: 'array', items: { type: 'string', pattern: '^/' }, maxItems: 64 },
    libraries: {
      type: 'array',
      maxItems: 100000,
      items: {
        type: 'object',
        required: ['soname', 'dirs', 'versions'],
        additionalProperties: false,
        properties: {
          soname: { type: 'string', minLength: 1, maxLength: 255 },
          dirs: { type: 'array', items: { type: 'string', pattern: '^/' } },
          versions: { type: 'array', items: { type: 'string', maxLength: 255 } },
        },
      },
    },
    librariesComplete: { type: 'boolean' },
    kernel: { type: ['string', 'null'], pattern: '^\\d+(\\.\\d+)*$' },
    x86IsaBaseline: { type: ['integer', 'null'], minimum: 1, maximum: 4 },
    eol: { type: ['string', 'null'] },
    source: { enum: ['embedded', 'rootfs', 'file', 'image'] },
    confidence: { enum: ['high', 'medium', 'low'] },
    provenance: { type: 'string' },
    digest: { type: ['string', 'null'] },
    caveats: { type: 'array', items: { type: 'string' } },
  },
} as const

type ValidateFn = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null }

let cached: ValidateFn | null = null

/** Validates a parsed profile object; returns the list of problems (empty when valid). */
export function validateProfile(data: unknown): string[] {
  if (!cached) {
    cached = new Ajv({ allErrors: true, strict: false }).compile(PROFILE_SCHEMA) as ValidateFn
  }
  if (cached(data)) return []
  return (cached.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`)
}
