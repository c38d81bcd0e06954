/** Why a legal-clock operation was refused. */
export type DeadlineErrorCode =
  /** The term's unit or value is not one the calendar can count. */
  | 'invalid-term'
  /** The clock is paused and the operation needs it running. */
  | 'clock-paused'
  /** The clock is running and the operation needs it paused. */
  | 'clock-not-paused'
  /** An instant lies before the one it must follow (resume before pause, pause before reception). */
  | 'time-reversed'
  /** Decree 61/2018 Art. 19(9): the return date may be re-set at most once. */
  | 'extension-limit'
  /** An extension must move the due date later. */
  | 'extension-not-later'
  /** A due date given as a day must be a working day. */
  | 'not-a-working-day'
  /** An extension must state its reason (it goes into the apology letter). */
  | 'missing-reason'
  /** The clock was started under another calendar. */
  | 'calendar-mismatch';

/**
 * Thrown when a legal-clock operation breaks a rule of the clock — a second extension, resuming a clock
 * that is not paused, a malformed term. These are programmer or workflow mistakes: the dossier runtime
 * should only offer the operations the clock allows.
 */
export class DeadlineError extends Error {
  /** Stable code to branch on; the message is for people. */
  readonly code: DeadlineErrorCode;

  constructor(code: DeadlineErrorCode, message: string) {
    super(message);
    this.name = 'DeadlineError';
    this.code = code;
  }
}
