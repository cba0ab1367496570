// abigap's error model: the user's mistakes, infrastructure faults, and the one mapping of both (and of bugs) to
// exit statuses that the CLI and the action share.
export { UserError, type UserErrorCode } from './user-error.js'
export { InfrastructureError } from './infrastructure-error.js'
export { ExitCode, exitCodeOfVerdict } from './exit-code.js'
export { classifyError, isAbortError, type ClassifiedError, type ErrorKind } from './classify.js'
