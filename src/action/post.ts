// The action's post step (dist/post.js, post-if: always()): removes the containers and volumes labelled with the main
// step's session id, so a cancelled or crashed run leaves nothing behind. Never fails the job.
import * as core from '@actions/core'
import { State } from './constants.js'

/** Sweeps the session's labelled containers and volumes; logs what happened. */
export async function post(): Promise<void> {
  const sessionId = core.getState(State.sessionId)
  if (!sessionId) {
    core.info('abigap post: no session recorded, nothing to clean up')
    return
  }
  const host = core.getState(State.dockerHost) || undefined
  try {
    const { connectDocker, sweepContainers } = await import('../docker/index.js')
    const rt = await connectDocker(host ? { host } : {})
    const removed = await sweepContainers(rt, sessionId)
    core.info(`abigap post: removed ${removed} container(s)/volume(s) of session ${sessionId}`)
  } catch (e) {
    core.info(`abigap post: cleanup skipped: ${e instanceof Error ? e.message : String(e)}`)
  }
}

await post()
