/** The `detail`s of the events `<motcua-procedure-form>` fires (registered in `events/motcua-events.ts`). */
import type { ChannelKind } from '@motcua/core';
import type { FormAnswers } from './form-model.js';

/** One chosen file and the dossier component it is for. */
export interface ProcedureFile {
  readonly component: string;
  readonly file: File;
}

/**
 * `motcua-submit` (cancelable): the citizen pressed Submit on the check-answers page. `data` holds only
 * the visible answers. Call `preventDefault()` to send the dossier yourself instead of the element's POST.
 */
export interface ProcedureSubmitDetail {
  /** `<code>@<version>`. */
  readonly procedure: string;
  readonly channel: ChannelKind;
  readonly agency: string;
  readonly data: FormAnswers;
  /** Ids of the components a file was chosen for. */
  readonly documents: readonly string[];
  readonly files: readonly ProcedureFile[];
}

/** `motcua-submitted`: the server accepted the dossier and every file was uploaded. */
export interface ProcedureSubmittedDetail {
  readonly code: string;
  readonly accessToken: string;
  /** The appointment (result) date the server set, ISO 8601, or null. */
  readonly dueAt: string | null;
}
