// The layering is enforced, not hoped for: ESLint (the same config `npm run lint` uses) must reject a wrong-way
// import, an import cycle and an I/O module in the pure core, and must accept the right way round.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..', '..')
// One child process lints every case with ESLint's API and the repository's eslint.config.js (as `npm run lint`).
const LINT_MANY = `
import { ESLint } from 'eslint'
const cases = JSON.parse(await new Response(process.stdin).text())
const eslint = new ESLint({ cwd: process.cwd() })
const out = []
for (const c of cases) {
  const [r] = await eslint.lintText(c.code, { filePath: c.path })
  out.push(r.messages.map((m) => m.ruleId + ': ' + m.message))
}
process.stdout.write(JSON.stringify(out))
`

/** Lints each `code` as if it were the file `path` (relative to the repository); returns the rules that fired. */
function lintAll(cases: { path: string; code: string }[]): string[][] {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', LINT_MANY], {
    cwd: root,
    input: JSON.stringify(cases),
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`eslint failed to run (${r.status}): ${r.stderr}`)
  return JSON.parse(r.stdout) as string[][]
}

const WRONG_WAY: [string, string, string][] = [
  [
    'src/elf/wrong.ts',
    "export type { TargetProfile } from '../knowledge/types.js'",
    'src/elf may import only from itself',
  ],
  [
    'src/elf/wrong.ts',
    "export type { GoBuildInfo } from '../gobuildinfo/types.js'",
    'src/elf may import only from itself',
  ],
  ['src/gobuildinfo/wrong.ts', "export type { InspectedFile } from '../binary/types.js'", 'src/gobuildinfo may import'],
  ['src/matrix/wrong.ts', "export type { MatrixReport } from '../report/types.js'", 'src/matrix may import only'],
  ['src/build/wrong.ts', "export type { MatrixReport } from '../report/types.js'", 'src/build may import only'],
  ['src/abi/wrong.ts', "export { runMatrix } from '../pipeline/run-matrix.js'", 'src/abi may import only'],
  ['src/report/wrong.ts', "export { inspectFile } from '../io/inspect-file.js'", 'src/report may import only'],
  ['src/docker/wrong.ts', "export { planMatrix } from '../cli/index.js'", 'src/docker may import only'],
  [
    'src/errors/wrong.ts',
    "export type { MatrixReport } from '../report/types.js'",
    'src/errors may import only from itself',
  ],
]
const OUT_OF_PLACE: [string, string][] = [
  ['src/knowledge/wrong.ts', "import { readFileSync } from 'node:fs'\nexport const f = readFileSync"],
  ['src/abi/wrong.ts', "import { spawn } from 'child_process'\nexport const f = spawn"],
  ['src/report/wrong.ts', "import * as core from '@actions/core'\nexport const f = core"],
  ['src/pipeline/wrong.ts', "import * as core from '@actions/core'\nexport const f = core"],
  ['src/build/wrong.ts', "import Dockerode from 'dockerode'\nexport const f = Dockerode"],
]
const RIGHT_WAY: [string, string][] = [
  ['src/gobuildinfo/right.ts', "export type { ElfFacts } from '../elf/types.js'"],
  ['src/binary/right.ts', "export type { GoBuildInfo } from '../gobuildinfo/types.js'"],
  ['src/report/right.ts', "export type { VariantSummary } from '../matrix/types.js'"],
  ['src/matrix/right.ts', "export { UserError } from '../errors/index.js'"],
  ['src/docker/right.ts', "import Dockerode from 'dockerode'\nexport const f = Dockerode"],
  ['src/action/right.ts', "import * as core from '@actions/core'\nexport const f = core"],
  ['src/io/right.ts', "import { readFileSync } from 'node:fs'\nexport const f = readFileSync"],
]
const CYCLE_A = "import { b } from './b.js'\nexport const a = (): number => b + 1\n"
const CYCLE_B = "import { a } from './a.js'\nexport const b = 1\nexport const c = a\n"

let fired: string[][] = []
let cyclePath = ''
beforeAll(() => {
  // A real two-file cycle on disk (no-cycle follows imports through the files), removed right after linting.
  const dir = mkdtempSync(join(root, 'src', 'report', 'lint-cycle-'))
  try {
    writeFileSync(join(dir, 'a.ts'), CYCLE_A)
    writeFileSync(join(dir, 'b.ts'), CYCLE_B)
    cyclePath = relative(root, join(dir, 'a.ts'))
    fired = lintAll([
      ...WRONG_WAY.map(([path, code]) => ({ path, code })),
      ...OUT_OF_PLACE.map(([path, code]) => ({ path, code })),
      ...RIGHT_WAY.map(([path, code]) => ({ path, code })),
      { path: cyclePath, code: CYCLE_A },
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 120_000)

describe('npm run lint enforces the layering (scripts/layers.mjs)', () => {
  test.each(WRONG_WAY.map((c, i) => [...c, i] as const))(
    '%s: a wrong-way import fails',
    (_path, _code, expected, i) => {
      expect(fired[i]).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)])
      expect(fired[i][0]).toContain(expected)
    },
  )

  test.each(OUT_OF_PLACE.map((c, i) => [...c, WRONG_WAY.length + i] as const))(
    '%s: an I/O module or a face-only package out of place fails',
    (_path, _code, i) => {
      expect(fired[i]).toEqual([expect.stringMatching(/^no-restricted-imports: /)])
    },
  )

  test.each(RIGHT_WAY.map((c, i) => [...c, WRONG_WAY.length + OUT_OF_PLACE.length + i] as const))(
    '%s: an inward import passes',
    (_path, _code, i) => {
      expect(fired[i]).toEqual([])
    },
  )

  test('an import cycle fails', () => {
    expect(cyclePath).not.toBe('')
    expect(fired[fired.length - 1]).toEqual([expect.stringMatching(/^import-x\/no-cycle: /)])
  })
})
