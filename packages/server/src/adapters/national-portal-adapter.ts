/**
 * `NationalPortalAdapter`: how status changes reach the National Public Service Portal
 * (dichvucong.gov.vn), and `createFakePortal`, an in-memory receiver for tests and the demo.
 * The status codes are the 1–10 codes of domain.md §3.1 (plausibly the portal's sync codes; UNCONFIRMED).
 */
import type { StatusCode } from '@motcua/core';

/** One status change as the portal receives it. */
export interface PortalStatusPush {
  /** `AGENCYCODE-YYMMDD-NNNN` (Circular 01/2018 Art. 19). */
  readonly dossierCode: string;
  /** The procedure's code in the National TTHC Database, e.g. `1.001193`. */
  readonly procedureCode: string;
  readonly status: StatusCode;
  /** When the status changed (ISO 8601 with offset). */
  readonly at: string;
  /** The due date after the change, or null while the clock is not running. */
  readonly dueAt: string | null;
}

/** The portal connection. `pushStatus` rejects when the portal did not take the change. */
export interface NationalPortalAdapter {
  pushStatus(push: PortalStatusPush): Promise<void>;
}

/** The fake portal: what it received, in order, and a switch to fail. */
export interface FakePortal extends NationalPortalAdapter {
  readonly received: readonly PortalStatusPush[];
  /** Every push attempt, failed ones included. */
  readonly attempts: number;
  /** Fails the next `count` pushes (Infinity: every push) with `message`. */
  failNext(count: number, message?: string): void;
}

/**
 * An in-memory portal receiver for tests.
 * @example const portal = createFakePortal(); portal.failNext(2); // the third push succeeds
 */
export function createFakePortal(): FakePortal {
  const received: PortalStatusPush[] = [];
  let failures = 0;
  let failure = 'portal unavailable';
  let attempts = 0;
  return {
    get received() { return received; },
    get attempts() { return attempts; },
    failNext(count, message = 'portal unavailable') {
      failures = count;
      failure = message;
    },
    async pushStatus(push) {
      attempts += 1;
      if (failures > 0) {
        failures -= 1;
        throw new Error(failure);
      }
      received.push(push);
    },
  };
}
