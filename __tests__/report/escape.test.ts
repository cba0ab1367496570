import {
  escapeCommandData,
  escapeCommandProperty,
  escapeMarkdown,
  markdownCodeBlock,
  newStopToken,
  stripControl,
  workflowCommand,
  wrapUntrusted,
} from '../../src/report/index.js'
import { HOSTILE } from '../helpers/reports.js'

/** Parses a workflow command line the way the runner does (`::cmd k=v,k=v::data`), unescaping. */
function parseCommand(line: string): { command: string; props: Record<string, string>; data: string } | null {
  const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
  if (!m) return null
  const unData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  const unProp = (s: string) => unData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
  const props: Record<string, string> = {}
  for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
    const i = kv.indexOf('=')
    props[kv.slice(0, i)] = unProp(kv.slice(i + 1))
  }
  return { command: m[1], props, data: unData(m[3]) }
}

describe('workflow command escaping', () => {
  it('escapes data and properties so hostile text round-trips and stays on one line', () => {
    const line = workflowCommand('error', { file: 'a,b:c.go', line: 3, title: HOSTILE }, HOSTILE)
    expect(line.split('\n')).toHaveLength(1)
    expect(line).not.toMatch(/\r/)
    const parsed = parseCommand(line)
    expect(parsed).not.toBeNull()
    expect(parsed?.command).toBe('error')
    expect(parsed?.props).toEqual({ file: 'a,b:c.go', line: '3', title: HOSTILE })
    expect(parsed?.data).toBe(HOSTILE)
  })
  it('escapes % first so an already-escaped sequence is not decoded by the runner', () => {
    expect(escapeCommandData('%0A')).toBe('%250A')
    expect(escapeCommandProperty('a:b,c%')).toBe('a%3Ab%2Cc%25')
  })
  it('omits empty properties', () => {
    expect(workflowCommand('warning', { file: undefined, line: null, title: '' }, 'x')).toBe('::warning::x')
  })
})

describe('stop-commands wrapper', () => {
  it('wraps with a random token and every line of the untrusted text sits between the markers', () => {
    const t1 = newStopToken()
    const t2 = newStopToken()
    expect(t1).not.toBe(t2)
    expect(t1).toMatch(/^[0-9a-f]{32}$/)
    const out = wrapUntrusted(HOSTILE, t1).split('\n')
    expect(out[0]).toBe(`::stop-commands::${t1}`)
    expect(out[out.length - 2]).toBe(`::${t1}::`)
    expect(out.slice(1, -2).join('\n')).toBe(HOSTILE)
  })
  it('picks a fresh token when the text contains the given one', () => {
    const token = 'a'.repeat(32)
    const out = wrapUntrusted(`x ::${token}:: y`, token)
    expect(out.startsWith(`::stop-commands::${token}`)).toBe(false)
    expect(out).toMatch(/^::stop-commands::[0-9a-f]{32}\n/)
  })
  it('rejects weak tokens', () => {
    expect(() => wrapUntrusted('x', 'short')).toThrow(/token/)
  })
})

describe('markdown and terminal escaping', () => {
  it('neutralises HTML, links, tables and newlines', () => {
    const md = escapeMarkdown(HOSTILE)
    expect(md).not.toMatch(/<img/)
    expect(md).not.toMatch(/\n/)
    expect(md).not.toMatch(/(^|[^\\])\|/)
    expect(md).not.toMatch(/(^|[^\\])\[l\]/)
  })
  it('builds code fences longer than any backtick run inside', () => {
    const block = markdownCodeBlock('a ``` b ```` c')
    const fence = block.split('\n')[0].replace(/text$/, '')
    expect(fence.length).toBe(5)
    expect(block.endsWith('\n' + fence)).toBe(true)
  })
  it('strips terminal escape sequences', () => {
    expect(stripControl('a\x1b[31mred\x1b[0m\x07b\tc\n')).toBe('aredb\tc\n')
  })
})
