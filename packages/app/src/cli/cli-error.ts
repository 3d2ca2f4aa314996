/** Exit codes of `iomt`: 0 ok, 1 findings (when a check mode asks), 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

/** An error the user can fix: printed as one clear message on stderr, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_BAD_INPUT,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
