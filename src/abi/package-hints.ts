/** The package that provides a well-known shared library, per packaging family. */
export interface PackageHint {
  apt?: string
  apk?: string
  dnf?: string
  zypper?: string
  /** True when the library is normally part of the distribution's base image. */
  inBase?: boolean
}

const HINTS: [RegExp, PackageHint][] = [
  [/^libsqlite3\.so\.0$/, { apt: 'libsqlite3-0', apk: 'sqlite-libs', dnf: 'sqlite-libs', zypper: 'libsqlite3-0' }],
  [
    /^libssl\.so\.3$|^libcrypto\.so\.3$/,
    { apt: 'libssl3', apk: 'libssl3 libcrypto3', dnf: 'openssl-libs', zypper: 'libopenssl3' },
  ],
  [
    /^libssl\.so\.1\.1$|^libcrypto\.so\.1\.1$/,
    { apt: 'libssl1.1', apk: 'libssl1.1 libcrypto1.1', dnf: 'openssl-libs', zypper: 'libopenssl1_1' },
  ],
  [/^libssl\.so\.10$|^libcrypto\.so\.10$/, { dnf: 'openssl-libs (EL7)' }],
  [/^libz\.so\.1$/, { apt: 'zlib1g', apk: 'zlib', dnf: 'zlib', zypper: 'libz1', inBase: true }],
  [/^libstdc\+\+\.so\.6$/, { apt: 'libstdc++6', apk: 'libstdc++', dnf: 'libstdc++', zypper: 'libstdc++6' }],
  [/^libgcc_s\.so\.1$/, { apt: 'libgcc-s1', apk: 'libgcc', dnf: 'libgcc', zypper: 'libgcc_s1' }],
  [/^libpq\.so\.5$/, { apt: 'libpq5', apk: 'libpq', dnf: 'libpq', zypper: 'libpq5' }],
  [/^libcurl\.so\.4$/, { apt: 'libcurl4', apk: 'libcurl', dnf: 'libcurl', zypper: 'libcurl4' }],
  [/^libxml2\.so\.2$/, { apt: 'libxml2', apk: 'libxml2', dnf: 'libxml2', zypper: 'libxml2-2' }],
  [/^libpcre2-8\.so\.0$/, { apt: 'libpcre2-8-0', apk: 'pcre2', dnf: 'pcre2', zypper: 'libpcre2-8-0' }],
  [/^libseccomp\.so\.2$/, { apt: 'libseccomp2', apk: 'libseccomp', dnf: 'libseccomp', zypper: 'libseccomp2' }],
  [/^libsystemd\.so\.0$/, { apt: 'libsystemd0', dnf: 'systemd-libs', zypper: 'libsystemd0' }],
  [/^libmariadb\.so\.3$/, { apt: 'libmariadb3', apk: 'mariadb-connector-c', dnf: 'mariadb-connector-c' }],
  [/^libmysqlclient\.so\.\d+$/, { apt: 'libmysqlclient21', dnf: 'mysql-libs' }],
  [/^libzstd\.so\.1$/, { apt: 'libzstd1', apk: 'zstd-libs', dnf: 'libzstd', zypper: 'libzstd1' }],
  [/^liblz4\.so\.1$/, { apt: 'liblz4-1', apk: 'lz4-libs', dnf: 'lz4-libs', zypper: 'liblz4-1' }],
  [/^libbz2\.so\.1(\.0)?$/, { apt: 'libbz2-1.0', apk: 'libbz2', dnf: 'bzip2-libs', zypper: 'libbz2-1' }],
  [/^liblzma\.so\.5$/, { apt: 'liblzma5', apk: 'xz-libs', dnf: 'xz-libs', zypper: 'liblzma5' }],
  [/^libffi\.so\.\d+$/, { apt: 'libffi8', apk: 'libffi', dnf: 'libffi', zypper: 'libffi8' }],
  [/^libgomp\.so\.1$/, { apt: 'libgomp1', apk: 'libgomp', dnf: 'libgomp', zypper: 'libgomp1' }],
  [/^libatomic\.so\.1$/, { apt: 'libatomic1', apk: 'libatomic', dnf: 'libatomic', zypper: 'libatomic1' }],
  [/^libsodium\.so\.\d+$/, { apt: 'libsodium23', apk: 'libsodium', dnf: 'libsodium (EPEL)' }],
  [/^librdkafka\.so\.1$/, { apt: 'librdkafka1', apk: 'librdkafka', dnf: 'librdkafka' }],
  [/^libyaml-0\.so\.2$/, { apt: 'libyaml-0-2', apk: 'yaml', dnf: 'libyaml' }],
  [/^libpcap\.so\.(0\.8|1)$/, { apt: 'libpcap0.8', apk: 'libpcap', dnf: 'libpcap' }],
  [/^libusb-1\.0\.so\.0$/, { apt: 'libusb-1.0-0', apk: 'libusb', dnf: 'libusbx' }],
  [/^libgpgme\.so\.11$/, { apt: 'libgpgme11', apk: 'gpgme', dnf: 'gpgme' }],
  [/^libbtrfs\.so\.0$/, { apt: 'libbtrfs0', apk: 'btrfs-progs-libs', dnf: 'btrfs-progs' }],
  [
    /^libdevmapper\.so\.1\.02(\.1)?$/,
    { apt: 'libdevmapper1.02.1', apk: 'device-mapper-libs', dnf: 'device-mapper-libs' },
  ],
  [/^libgpg-error\.so\.0$/, { apt: 'libgpg-error0', apk: 'libgpg-error', dnf: 'libgpg-error' }],
  [/^libuuid\.so\.1$/, { apt: 'libuuid1', apk: 'libuuid', dnf: 'libuuid' }],
  [/^libcap\.so\.2$/, { apt: 'libcap2', apk: 'libcap2', dnf: 'libcap' }],
  [/^libnsl\.so\.[12]$/, { apt: 'libnsl2', dnf: 'libnsl2', zypper: 'libnsl2' }],
  [/^libcrypt\.so\.[12]$/, { apt: 'libcrypt1', apk: 'libxcrypt', dnf: 'libxcrypt' }],
  [/^libgo\.so\.\d+$/, { apt: 'libgo*', apk: 'gcc-go', dnf: 'libgo' }],
]

/** The package hint for a soname, or null when it is not a well-known library. */
export function packageHint(soname: string): PackageHint | null {
  return HINTS.find(([re]) => re.test(soname))?.[1] ?? null
}

/** The packaging family of a distro id (debian/ubuntu → apt, alpine → apk, EL/Fedora/Amazon → dnf, SUSE → zypper). */
export function packageFamily(distroId: string | undefined): 'apt' | 'apk' | 'dnf' | 'zypper' | null {
  if (!distroId) return null
  if (/^(debian|ubuntu|distroless|busybox)/.test(distroId)) return 'apt'
  if (/^alpine/.test(distroId)) return 'apk'
  if (/^(rhel|centos|almalinux|rocky|fedora|amzn|ol)/.test(distroId)) return 'dnf'
  if (/^(opensuse|sles|suse)/.test(distroId)) return 'zypper'
  return null
}

/** An install command for a package family. */
export function installCommand(family: 'apt' | 'apk' | 'dnf' | 'zypper', pkg: string): string {
  switch (family) {
    case 'apt':
      return `apt-get install -y --no-install-recommends ${pkg}`
    case 'apk':
      return `apk add --no-cache ${pkg}`
    case 'dnf':
      return `dnf install -y ${pkg} (microdnf/yum on minimal images)`
    case 'zypper':
      return `zypper install -y ${pkg}`
  }
}
