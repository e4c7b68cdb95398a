/**
 * Notices changes to the recipient onion's authorized_clients/ folder, made
 * by `postern onion client-auth add|remove` in another process. fs.watch
 * (inotify) reports them at once; a slow poll catches what it misses (a
 * folder removed and made again, file systems without events). Bursts are
 * debounced: one `onChange` per burst. `onChange` must itself find out what,
 * if anything, changed (the supervisor compares the folder with what tor read).
 */
import { statSync, watch, type FSWatcher } from "node:fs";
import { mkdir } from "node:fs/promises";
import { authorizedClientsDir } from "./client-auth.ts";

export interface ClientWatch {
  close(): void;
}

export interface ClientWatchOptions {
  /** Quiet time after the last event before `onChange` (default 250 ms). */
  readonly debounceMs?: number;
  /** The fallback poll (default 15 s). */
  readonly pollMs?: number;
}

/**
 * Creates authorized_clients/ (0700) if needed and watches it.
 * @throws when the folder cannot be created.
 */
export async function watchAuthorizedClients(
  dataDir: string,
  onChange: () => void,
  o: ClientWatchOptions = {},
): Promise<ClientWatch> {
  const dir = authorizedClientsDir(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  let closed = false;
  let watcher: FSWatcher | null = null;
  let watchedIno = -1;
  let debounce: NodeJS.Timeout | null = null;
  const changed = (): void => {
    if (closed) return;
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      if (!closed) onChange();
    }, o.debounceMs ?? 250);
  };
  const attach = (): void => {
    if (closed) return;
    let ino: number;
    try {
      ino = statSync(dir).ino;
    } catch {
      return;
    }
    // A folder removed and made again is a new inode; the old watch sees nothing of it.
    if (watcher !== null && ino === watchedIno) return;
    watcher?.close();
    watcher = null;
    try {
      const w = watch(dir, { persistent: false }, changed);
      watchedIno = ino;
      // The folder went away (or the watch broke): drop it; the poll re-attaches.
      w.on("error", () => {
        w.close();
        if (watcher === w) watcher = null;
        changed();
      });
      watcher = w;
    } catch {
      watcher = null;
    }
  };
  attach();
  const poll = setInterval(() => {
    attach();
    if (!closed) onChange();
  }, o.pollMs ?? 15_000);
  poll.unref();
  return {
    close(): void {
      closed = true;
      clearInterval(poll);
      if (debounce) clearTimeout(debounce);
      watcher?.close();
      watcher = null;
    },
  };
}
