/** A reason the app cannot start that the person starting it can fix: printed as it is (one sentence, no stack), exit 1. */
export class StartupError extends Error {
  override name = 'StartupError';
}
