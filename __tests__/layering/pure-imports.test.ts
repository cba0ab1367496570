// The pure folders (ELF, build info, knowledge, ABI, matrix, report) never depend on an I/O folder, not even for types.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SRC = path.join(process.cwd(), 'src')
const PURE = ['elf', 'gobuildinfo', 'knowledge', 'abi', 'matrix', 'report']
const IO_FOLDERS = ['io', 'build', 'docker', 'pipeline', 'action', 'cli']
const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https)$|^@actions\/|^dockerode$/

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  )
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiers(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/g)) out.push(m[1])
  for (const m of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1])
  return out
}

describe('layering', () => {
  it('finds imports at all (the scanner works)', () => {
    expect(specifiers(readFileSync(path.join(SRC, 'report', 'merge.ts'), 'utf8'))).toContain('./recommend.js')
  })
  it('pure folders import no I/O folder and no I/O module', () => {
    const offences: string[] = []
    for (const folder of PURE) {
      for (const file of tsFiles(path.join(SRC, folder))) {
        for (const spec of specifiers(readFileSync(file, 'utf8'))) {
          const rel = spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)) : null
          const top = rel?.split(path.sep)[0]
          if ((top && IO_FOLDERS.includes(top)) || IO_MODULES.test(spec)) {
            offences.push(`${path.relative(SRC, file)} imports ${spec}`)
          }
        }
      }
    }
    expect(offences).toEqual([])
  })
})
