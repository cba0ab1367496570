import os from 'node:os'

/** Go's name for a Node architecture (x64 → amd64, ia32 → 386, ppc64 → ppc64le); others are the same. */
function goArch(nodeArch: string): string {
  return ({ x64: 'amd64', ia32: '386', ppc64: 'ppc64le' } as Record<string, string>)[nodeArch] ?? nodeArch
}

/** The GOARCH of the machine abigap runs on (the native arch of host builds, builder images and unplatformed targets). */
export function hostGoArch(): string {
  return goArch(os.arch())
}
