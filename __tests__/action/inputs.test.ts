import { getInputs, inputEnvName, InputError } from '../../src/action/inputs.js'
import { Inputs } from '../../src/action/constants.js'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

/** The env the runner builds from a `with:` block: INPUT_<NAME>, hyphens kept, action.yml defaults filled in. */
function runnerEnv(withBlock: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) env[inputEnvName(name)] = spec.default ?? ''
  for (const [name, value] of Object.entries(withBlock)) env[inputEnvName(name)] = value
  return env
}

describe('getInputs', () => {
  it('declares exactly the inputs of action.yml', () => {
    const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, { description: string }>
    }
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
    for (const spec of Object.values(action.inputs)) expect(spec.description.length).toBeGreaterThan(20)
  })

  it('documents every input and output in docs/action.md', () => {
    const docs = readFileSync(new URL('../../docs/action.md', import.meta.url), 'utf8')
    const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
    }
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      expect(docs).toContain(`| \`${name}\` |`)
  })

  it('reads hyphenated names as the runner passes them (INPUT_RUN-ARGS, INPUT_FAIL-ON)', () => {
    expect(inputEnvName('run-args')).toBe('INPUT_RUN-ARGS')
    const inputs = getInputs(
      runnerEnv({
        targets: 'debian:11\n  alpine:3.22 , preset:alpine',
        'run-args': '--version -v',
        'fail-on': 'warning',
        'run-timeout': '15s',
        shard: '2/3',
        variants: 'nocgo,cgo-glibc',
      }),
    )
    expect(inputs).toMatchObject({
      targets: ['debian:11', 'alpine:3.22', 'preset:alpine'],
      runArgs: '--version -v',
      failOn: 'warning',
      runTimeout: '15s',
      shard: { index: 2, count: 3 },
      variants: ['nocgo', 'cgo-glibc'],
      annotations: true,
      uploadArtifacts: true,
      artifactName: 'abigap',
      workingDirectory: '.',
      docker: null,
    })
  })

  it('applies defaults when the runner passes nothing at all (local runs)', () => {
    expect(getInputs({ INPUT_TARGETS: 'debian:12' })).toMatchObject({
      failOn: 'error',
      annotations: true,
      config: null,
      shard: null,
    })
  })

  it.each([
    [{}, /input 'targets': no targets/],
    [
      { targets: 'x', 'fail-on': 'sometimes' },
      /input 'fail-on': expected one of error, warning, never, regression, got 'sometimes'/,
    ],
    [{ targets: 'x', 'fail-on': 'regression' }, /input 'fail-on': 'regression' compares against a base report/],
    [{ targets: 'x', baseline: 'b.json', 'baseline-ref': 'main' }, /input 'baseline-ref': give either 'baseline'/],
    [{ targets: 'x', 'baseline-ref': '--upload-pack=x' }, /input 'baseline-ref': '--upload-pack=x' is not a git ref/],
    [{ targets: 'x', annotations: 'maybe' }, /input 'annotations': expected true or false/],
    [{ targets: 'x', shard: '4/3' }, /input 'shard': shard 4\/3 is out of range/],
    [{ targets: 'x', shard: 'half' }, /input 'shard': shard must look like i\/n/],
    [{ targets: 'x', 'run-timeout': 'soon' }, /input 'run-timeout': expected a duration/],
    [{ config: 'a.yml', 'config-yaml': 'package: .' }, /give either 'config'/],
    [{ targets: 'x', 'working-directory': '../elsewhere' }, /must be a path inside the repository/],
    [{ targets: 'x', 'artifact-name': 'a/b' }, /input 'artifact-name'/],
    [{ targets: 'x', docker: 'maybe' }, /input 'docker': expected one of auto, required, off/],
    [{ targets: 'debian 11' }, /is not an image reference/],
  ])('rejects %j with one clear message', (withBlock, message) => {
    let err: unknown
    try {
      getInputs(runnerEnv(withBlock as Record<string, string>))
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toMatch(message)
    expect((err as Error).message).not.toMatch(/\n/)
  })
})
