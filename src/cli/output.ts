// Human CLI output: text derived from binaries and containers must never become a GitHub workflow command.

/**
 * Neutralises workflow commands: a line that starts with `::` (after optional whitespace) gets a zero-width space
 * between the colons, so a runner never reads it as `::error::`, `::add-mask::`, `::stop-commands::` and so on.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return text.replace(/^(\s*):(?=:)/gm, '$1:\u200b')
}

/** Writes human (non-JSON) text to stdout, workflow commands neutralised. */
export function printOut(text: string): void {
  process.stdout.write(neutraliseWorkflowCommands(text))
}

/** Writes human text to stderr, workflow commands neutralised. */
export function printErr(text: string): void {
  process.stderr.write(neutraliseWorkflowCommands(text))
}
