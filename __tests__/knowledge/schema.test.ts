import { execFileSync } from 'node:child_process'
import { Ajv } from 'ajv'
import { findProfile, validateProfile } from '../../src/knowledge/index.js'
import { checkKnowledge, KNOWLEDGE_SCHEMA, knowledgeData } from '../../src/knowledge/knowledge-data.js'
import { PROFILE_SCHEMA } from '../../src/knowledge/profile-schema.js'

const root = new URL('../..', import.meta.url).pathname

describe('schemas and the precompiled validators', () => {
  test('the generated files are up to date with their inputs', () => {
    expect(execFileSync(process.execPath, ['scripts/gen-knowledge.mjs', '--check'], { cwd: root }).toString()).toMatch(
      /up to date/,
    )
  })

  // Differential: the standalone validator must judge exactly like ajv compiling the schema at run time.
  test('precompiled profile validator agrees with runtime ajv', () => {
    const runtime = new Ajv({ allErrors: true, strict: false }).compile(PROFILE_SCHEMA)
    const good = findProfile('debian:12')!
    const variants: unknown[] = [
      good,
      { ...good, profileVersion: 2 },
      { ...good, libc: { flavor: 'glibc', version: 'two' } },
      { ...good, loaders: ['relative/path'] },
      { ...good, arch: [] },
      { ...good, extra: 1 },
      { ...good, libraries: [{ soname: '', dirs: [], versions: [] }] },
      { ...good, x86IsaBaseline: 7 },
      { ...good, distro: null, kernel: null, eol: null },
      (({ image: _i, ...rest }) => rest)(good),
      null,
      [],
      'profile',
    ]
    for (const v of variants)
      expect([JSON.stringify(v)?.slice(0, 60), validateProfile(v).length === 0]).toEqual([
        JSON.stringify(v)?.slice(0, 60),
        runtime(v),
      ])
  })

  test('the knowledge file validates with runtime ajv too, and corrupt data is refused', () => {
    const runtime = new Ajv({ allErrors: true, strict: false }).compile(KNOWLEDGE_SCHEMA)
    expect(runtime(knowledgeData())).toBe(true)
    const broken = JSON.parse(JSON.stringify(knowledgeData()))
    broken.images[0].libc.flavor = 'bsd'
    expect(runtime(broken)).toBe(false)
    expect(() => checkKnowledge(broken)).toThrow(/embedded knowledge base is invalid: \/images\/0\/libc\/flavor/)
    const noBase = JSON.parse(JSON.stringify(knowledgeData()))
    noBase.images[1].base = 'nope'
    expect(() => checkKnowledge(noBase)).toThrow(/unknown base nope/)
  })
})
