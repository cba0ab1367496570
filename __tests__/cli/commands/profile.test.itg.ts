import { run as check } from '../../../src/cli/commands/check.js'
import { run as profile } from '../../../src/cli/commands/profile.js'
import { captured } from '../../helpers/captured.js'
import { OPEN_REGISTRY, requireRegistries } from '../../helpers/registry-world.js'

// An image the test world's open registry says does not exist (its repository is there, this tag is not).
const missing = `${OPEN_REGISTRY}/abigap-test/bookworm:no-such-tag`

beforeAll(requireRegistries)

describe('an image the registry says does not exist', () => {
  test("abigap profile IMAGE: the user's mistake, exit 2, even with no embedded name close to it", async () => {
    const r = await captured(() => profile([missing]))
    expect(r.stderr).toMatch(new RegExp(`^abigap: cannot profile '${missing.replace(/[.]/g, '\\.')}': `))
    expect(r.stderr).toMatch(/does not exist/)
    expect(r.stderr).not.toMatch(/infrastructure error/)
    expect(r.code).toBe(2)
  })

  test('abigap check --target IMAGE says the same: exit 2', async () => {
    const r = await captured(() => check(['--target', missing, '/dev/null']))
    expect(r.stderr).toContain(`unknown target '${missing}'`)
    expect(r.code).toBe(2)
  })
})
