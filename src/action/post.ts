// The action's post step (dist/post.js, post-if: always()): removes the containers and volumes labelled with this
// run's id, so a cancelled or crashed run leaves nothing behind. Never fails the job.
import * as core from '@actions/core'
import { State } from './constants.js'

/** Sweeps this run's labelled containers; logs what happened. */
export async function post(): Promise<void> {
  const runId = core.getState(State.runId)
  if (!runId) {
    core.info('abigap post: no run recorded, nothing to clean up')
    return
  }
  const host = core.getState(State.dockerHost) || undefined
  try {
    const { connectDocker, sweepContainers } = await import('../docker/index.js')
    const rt = await connectDocker(host ? { host } : {})
    const removed = await sweepContainers(rt, runId)
    core.info(`abigap post: removed ${removed} container(s)/volume(s) of run ${runId}`)
  } catch (e) {
    core.info(`abigap post: cleanup skipped: ${e instanceof Error ? e.message : String(e)}`)
  }
}

await post()
