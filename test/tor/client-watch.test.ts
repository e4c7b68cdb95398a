// The watch behind `serve --tor`'s reloads: it makes authorized_clients/
// (0700, as tor demands) and reports a change made by another writer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { authorizedClientsDir } from "../../src/tor/client-auth.ts";
import { watchAuthorizedClients } from "../../src/tor/client-watch.ts";

test("a file added to authorized_clients/ is reported", { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), "postern-client-watch-"));
  let changes = 0;
  let notify: () => void = () => undefined;
  // The poll is an hour away: only the watch can report this change.
  const w = await watchAuthorizedClients(
    dir,
    () => {
      changes++;
      notify();
    },
    { debounceMs: 20, pollMs: 3_600_000 },
  );
  try {
    assert.equal((await stat(authorizedClientsDir(dir))).mode & 0o777, 0o700);
    const changed = new Promise<void>((resolve) => (notify = resolve));
    await writeFile(join(authorizedClientsDir(dir), "alice.auth"), "x\n");
    await changed;
    assert.ok(changes >= 1);
  } finally {
    w.close();
    await rm(dir, { recursive: true, force: true });
  }
});
