/** Where a profile's facts came from. */
export type ProfileSource = 'embedded' | 'rootfs' | 'file' | 'image'

/** How far a profile can be trusted: high = read from the real files; medium/low = from secondary sources. */
export type Confidence = 'high' | 'medium' | 'low'

/** One shared library a target offers. */
export interface ProfileLibrary {
  soname: string
  /** Directories (inside the target) where it was found. */
  dirs: string[]
  /** Version nodes it defines (GLIBC_2.2.5, GLIBCXX_3.4.29, ...); empty when unversioned or unknown. */
  versions: string[]
  /**
   * Exported dynamic symbols (defined; GLOBAL, WEAK or UNIQUE), each `name` when unversioned or `name@NODE` for
   * every version it is defined under (default and hidden alike). Absent when nobody read the file: the symbol
   * presence checks then say "unknown" instead of guessing (profileVersion 2).
   */
  exports?: string[]
  /** Where this library claim comes from (a real root, an image probe, a cited source). */
  provenance?: string
  /** Its own DT_NEEDED entries, when the file was read (profileVersion 2): the loader loads those too. */
  needed?: string[]
  /** The real file the name resolves to (e.g. libsqlite3.so.0.8.6), when read from a root. */
  file?: string
}

/** Profile format versions abigap reads: 1 (no exports), 2 (libraries may carry exports, needed, file). */
export type ProfileVersion = 1 | 2

/** The format `abigap profile` writes. */
export const CURRENT_PROFILE_VERSION = 2

/** What a target image offers a binary. Saved as JSON; `abigap profile` writes it. */
export interface TargetProfile {
  /** 2 since libraries carry exports; 1-files still load (symbol presence is then unknown where it matters). */
  profileVersion: ProfileVersion
  /** Image reference, e.g. "debian:11"; for a rootfs, the directory's os-release name. */
  image: string
  aliases: string[]
  /** Docker architectures, e.g. ["amd64", "arm64"]. */
  arch: string[]
  distro: { id: string; name: string; version: string } | null
  libc: { flavor: 'glibc' | 'musl' | 'none'; version: string | null }
  /** Absolute loader paths present, e.g. /lib64/ld-linux-x86-64.so.2, /lib/ld-musl-x86_64.so.1. */
  loaders: string[]
  /** Libraries by soname. For embedded profiles only the core libraries are listed. */
  libraries: ProfileLibrary[]
  /** True when `libraries` lists every library in the image (rootfs/image probes), false for embedded profiles. */
  librariesComplete: boolean
  /**
   * Set when only these sonames (and what they load) were looked up, as a probe for given binaries does: `libraries`
   * is complete for them, and for any other soname its absence is unknown.
   */
  librariesFor?: string[]
  /** Default kernel of the distro release (e.g. "3.10.0"), when known. */
  kernel: string | null
  /** x86-64 baseline ISA level the distro requires of its hardware (1..4), when known. */
  x86IsaBaseline: number | null
  eol: string | null
  source: ProfileSource
  confidence: Confidence
  /** Human-readable provenance (e.g. "P6 debian-11.json; EOLD"). */
  provenance: string
  /** Image digest / ID when probed from an image. */
  digest?: string | null
  /** Specific doubts about this profile's facts (inferred node lists, unverified versions), for humans. */
  caveats?: string[]
}
