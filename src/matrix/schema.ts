/** JSON schema of the matrix configuration (YAML keys as written by users). */

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const
const stringOrList = { anyOf: [{ type: 'string' }, stringList] } as const
const cgoValue = { enum: [true, false, 'on', 'off'] } as const
const duration = {
  anyOf: [
    { type: 'number', exclusiveMinimum: 0 },
    { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$' },
  ],
} as const
const archName = { type: 'string', pattern: '^[a-z0-9]+$' } as const

const variant = {
  type: 'object',
  additionalProperties: false,
  required: ['cgo'],
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
    cgo: cgoValue,
    libc: { enum: ['glibc', 'musl'] },
    link: { enum: ['dynamic', 'static'] },
    arch: archName,
    builder: { type: 'string', minLength: 1 },
    tags: stringOrList,
    cc: { type: 'string', minLength: 1 },
  },
} as const

const target = {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      additionalProperties: false,
      required: ['image'],
      properties: {
        image: { type: 'string', minLength: 1 },
        platform: { type: 'string', pattern: '^linux/[a-z0-9]+(/[a-z0-9]+)?$' },
      },
    },
  ],
} as const

const promiseTargets = {
  anyOf: [{ const: 'all' }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }],
} as const

const promises = {
  anyOf: [
    { const: 'every-target' },
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        'every-target': { type: 'boolean' },
        variants: { type: 'object', minProperties: 1, additionalProperties: promiseTargets },
      },
    },
  ],
} as const

/** The schema; ajv validates the parsed YAML against it (strict, no unknown keys). */
export const matrixConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['package'],
  properties: {
    package: { type: 'string', minLength: 1 },
    'working-directory': { type: 'string', minLength: 1 },
    'go-flags': stringOrList,
    tags: stringOrList,
    ldflags: { type: 'string' },
    env: {
      type: 'object',
      additionalProperties: { type: ['string', 'number', 'boolean'] },
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
    },
    variants: { type: 'array', items: variant },
    axes: {
      type: 'object',
      additionalProperties: false,
      properties: {
        cgo: { type: 'array', items: cgoValue },
        libc: { type: 'array', items: { enum: ['glibc', 'musl'] } },
        link: { type: 'array', items: { enum: ['dynamic', 'static'] } },
        arch: { type: 'array', items: archName },
      },
    },
    builder: { type: 'string', minLength: 1 },
    builders: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
    cc: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
    targets: { type: 'array', items: target },
    presets: { type: 'array', items: { type: 'string', minLength: 1 } },
    promises,
    run: {
      type: 'object',
      additionalProperties: false,
      properties: {
        args: stringOrList,
        timeout: duration,
        'success-exit-codes': { type: 'array', items: { type: 'integer', minimum: 0, maximum: 255 } },
      },
    },
    docker: {
      type: 'object',
      additionalProperties: false,
      properties: {
        pull: { enum: ['always', 'missing', 'never'] },
        mode: { enum: ['auto', 'required', 'off'] },
      },
    },
    modules: {
      type: 'object',
      additionalProperties: false,
      properties: { download: { type: 'boolean' } },
    },
    build: {
      type: 'object',
      additionalProperties: false,
      properties: {
        timeout: duration,
        concurrency: { type: 'integer', minimum: 1, maximum: 64 },
      },
    },
  },
} as const
