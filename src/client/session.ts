/**
 * What a logged-in tab holds. Memory only: never written to localStorage,
 * sessionStorage, IndexedDB or a cookie, so a reload or a closed tab means
 * logging in again. The identity is the age secret key that decrypts
 * everything; the server only ever had it wrapped.
 */
import type { Me } from "../protocol/api.ts";

export interface Session {
  readonly me: Me;
  readonly identity: string;
  readonly recipient: string;
  /** Seconds of inactivity after which this tab forgets the session itself. */
  readonly idleSeconds: number;
}
