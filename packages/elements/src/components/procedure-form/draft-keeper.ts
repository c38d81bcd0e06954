/**
 * `DraftKeeper`: when the procedure form writes its draft. At once when asked (a page completed, a list
 * item added or removed); otherwise once typing pauses, because `localStorage.setItem` is synchronous and
 * on every change it was the largest cost between an answer and its feedback (render benchmark). A
 * pending write is flushed when the page is hidden or the form leaves it, so nothing answered is lost.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before the draft is written. */
const DRAFT_SAVE_DELAY_MS = 400;

export class DraftKeeper implements ReactiveController {
  readonly #write: () => void;
  #pending: ReturnType<typeof setTimeout> | undefined;
  /** When the last change asked for a write (`performance.now()`). */
  #lastChange = 0;

  /** `write` saves the draft as the form holds it now. */
  constructor(host: ReactiveControllerHost, write: () => void) {
    this.#write = write;
    host.addController(this);
  }

  /**
   * Writes the draft once typing pauses. A change while a write waits only notes its time (no timer to
   * clear and set again on every keystroke); the waiting write then waits out the rest of the pause.
   */
  soon(): void {
    this.#lastChange = performance.now();
    if (this.#pending !== undefined) return;
    this.#wait(DRAFT_SAVE_DELAY_MS);
    addEventListener('pagehide', this.#flush, { once: true });
  }

  #wait(delay: number): void {
    this.#pending = setTimeout(() => {
      const quiet = performance.now() - this.#lastChange;
      if (quiet < DRAFT_SAVE_DELAY_MS) this.#wait(DRAFT_SAVE_DELAY_MS - quiet);
      else this.now();
    }, delay);
  }

  /** Writes the draft now, cancelling a pending write. */
  now(): void {
    clearTimeout(this.#pending);
    this.#pending = undefined;
    removeEventListener('pagehide', this.#flush);
    this.#write();
  }

  hostDisconnected(): void {
    this.#flush();
  }

  readonly #flush = (): void => {
    if (this.#pending !== undefined) this.now();
  };
}
