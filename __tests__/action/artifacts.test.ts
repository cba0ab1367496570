import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { artifactNameFor, createArtifactStore, listFiles } from '../../src/action/artifacts.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-artifacts-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('artifacts', () => {
  it('names are unique per shard and re-run attempt', () => {
    expect(artifactNameFor('abigap', null, '1')).toBe('abigap')
    expect(artifactNameFor('abigap', { index: 2, count: 3 }, '1')).toBe('abigap-shard-2-of-3')
    expect(artifactNameFor('abigap', { index: 2, count: 3 }, '2')).toBe('abigap-shard-2-of-3-attempt-2')
  })
  it('without a runtime token, copies the files into RUNNER_TEMP/abigap-artifacts/<name> and says so', async () => {
    const out = path.join(dir, 'out')
    mkdirSync(path.join(out, 'bin/nocgo'), { recursive: true })
    writeFileSync(path.join(out, 'bin/nocgo/server'), 'ELF')
    writeFileSync(path.join(out, 'report.json'), '{}')
    const store = createArtifactStore({ ACTIONS_RESULTS_URL: 'https://results' }, path.join(dir, 'temp'))
    expect(store.kind).toBe('directory')
    const where = await store.upload('abigap', listFiles(out), out)
    expect(where).toMatch(/no ACTIONS_RUNTIME_TOKEN/)
    expect(readFileSync(path.join(dir, 'temp/abigap-artifacts/abigap/bin/nocgo/server'), 'utf8')).toBe('ELF')
    expect(readFileSync(path.join(dir, 'temp/abigap-artifacts/abigap/report.json'), 'utf8')).toBe('{}')
  })
  it('uses the GitHub artifact service when the runner provides a token and results URL', () => {
    expect(createArtifactStore({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://r' }, dir).kind).toBe(
      'github',
    )
  })
})
