import { jest } from '@jest/globals'

const text = (s: string | Uint8Array): string => (typeof s === 'string' ? s : Buffer.from(s).toString('utf8'))

/** Runs a CLI command in-process and returns its exit status with everything it wrote to stdout and stderr. */
export async function captured(fn: () => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const o = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((s: string | Uint8Array) => ((stdout += text(s)), true))
  const e = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((s: string | Uint8Array) => ((stderr += text(s)), true))
  try {
    return { code: await fn(), stdout, stderr }
  } finally {
    o.mockRestore()
    e.mockRestore()
  }
}
