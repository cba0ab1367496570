/** The readable name of a variant: nocgo, nocgo-arm64, cgo-glibc, cgo-glibc-static, cgo-musl, cgo-musl-static-arm64, ... */
export function variantName(v: {
  cgo: boolean
  libc: 'glibc' | 'musl' | null
  link: 'dynamic' | 'static' | null
  arch: string
}): string {
  const parts = v.cgo ? ['cgo', v.libc ?? 'glibc'] : ['nocgo']
  if (v.cgo && v.link === 'static') parts.push('static')
  if (v.arch !== 'amd64') parts.push(v.arch)
  return parts.join('-')
}
