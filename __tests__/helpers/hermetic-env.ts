// Run before every unit test file (jest.config.js, unit project): the same environment on every machine. No GitHub
// Actions runner variables (CI sets them, a laptop does not), no Docker credentials of the host, and an engine address
// that cannot connect, so a unit test that reaches for the real engine fails instead of using the host's.
import os from 'node:os'
import path from 'node:path'

for (const name of Object.keys(process.env)) {
  if (/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_|DOCKER_|STATE_)/.test(name)) delete process.env[name]
}
process.env.DOCKER_CONFIG = path.join(os.tmpdir(), 'abigap-unit-tests-no-docker-config')
process.env.DOCKER_HOST = 'unix:///nonexistent/abigap-unit-tests.sock'
