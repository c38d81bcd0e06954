/** The detail of the workbench's event. */

/** `motcua-action-done`: the server accepted an officer action; `state` is where the dossier now stands. */
export interface ActionDoneDetail {
  readonly code: string;
  readonly type: string;
  readonly state: string;
}
