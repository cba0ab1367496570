import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'

const dir = new URL('../../.github/workflows/', import.meta.url)
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'))

interface Step {
  uses?: string
  with?: Record<string, unknown>
  run?: string
}
interface Workflow {
  on: Record<string, unknown> | string
  permissions?: unknown
  jobs: Record<string, { 'timeout-minutes'?: number; steps: Step[]; permissions?: unknown }>
}

describe('workflows follow the security guidance', () => {
  it('has ci, check-dist and the abigap example', () => {
    expect(files.sort()).toEqual(['abigap.yml', 'check-dist.yml', 'ci.yml'])
  })
  for (const file of files) {
    const text = readFileSync(new URL(file, dir), 'utf8')
    const wf = parse(text) as Workflow
    it(`${file}: safe triggers, least permissions, timeouts, pinned actions, no credentials kept`, () => {
      const triggers = typeof wf.on === 'string' ? [wf.on] : Object.keys(wf.on)
      expect(triggers).not.toContain('pull_request_target')
      expect(triggers).not.toContain('workflow_run')
      expect(wf.permissions).toEqual({ contents: 'read' })
      for (const job of Object.values(wf.jobs)) {
        expect(job['timeout-minutes']).toBeGreaterThan(0)
        for (const step of job.steps) {
          if (step.uses && !step.uses.startsWith('./')) expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
          if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false)
          // untrusted ${{ }} values never expand inside scripts
          if (step.run) expect(step.run).not.toMatch(/\$\{\{/)
        }
      }
    })
  }
  it('the example runs the action from this repository on the fixture module', () => {
    const wf = parse(readFileSync(new URL('abigap.yml', dir), 'utf8')) as Workflow
    const step = Object.values(wf.jobs)[0].steps.find((s) => s.uses === './')
    expect(step?.with?.['working-directory']).toBe('__tests__/fixtures/gomod')
    expect(Object.keys(wf.on as object)).toEqual(['pull_request'])
  })
})
