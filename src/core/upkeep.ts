/**
 * What the server checks and tidies of its data by itself: at start, temp
 * files and blob files that no row claims (a crash between placing a file
 * and committing its row); on request, that the database answers.
 */
import { claimedBlobIds } from "../store/queries/submissions.ts";
import { pingDatabase } from "../store/queries/health.ts";
import type { Instance } from "./instance.ts";

/** Ids are checked against the rows this many at a time (bound parameters). */
const BATCH = 500;

/**
 * Removes every temp file, and every blob file that neither a submission's
 * blob row nor a reply's row claims. @returns how many files were removed.
 */
export async function sweepUnclaimedBlobs(inst: Instance): Promise<number> {
  return inst.blobs.sweep(async (ids) => {
    const known = new Set<string>();
    for (let i = 0; i < ids.length; i += BATCH) {
      for (const id of await claimedBlobIds(inst.db, ids.slice(i, i + BATCH))) known.add(id);
    }
    return known;
  });
}

/** Resolves when the database answers a read; throws what it throws otherwise. */
export async function checkDatabase(inst: Instance): Promise<void> {
  await pingDatabase(inst.db);
}
