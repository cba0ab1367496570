// Dotted version comparison ("2.17" < "2.34" < "2.34.1").

/** Compares dotted numeric versions: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[._-]/).map((x) => parseInt(x, 10))
  const pb = b.split(/[._-]/).map((x) => parseInt(x, 10))
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number.isNaN(pa[i]) ? 0 : (pa[i] ?? 0)
    const y = Number.isNaN(pb[i]) ? 0 : (pb[i] ?? 0)
    if (x !== y) return x - y
  }
  return 0
}
