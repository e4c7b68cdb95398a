// The recipient onion is never in the torrc without a valid authorized
// client (issue #11, finding 3): tor turns client authorization on only when
// it loads at least one `.auth` file, so a recipient service without one is
// open to anyone who learns its address. A junk file must not count.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addClientAuth,
  authorizedClientsDir,
  readClientAuth,
  removeClientAuth,
} from "../../src/tor/client-auth.ts";
import { initOnions } from "../../src/tor/onion.ts";
import { renderTorrc, type TorrcOptions } from "../../src/tor/torrc.ts";

const options = (dataDir: string): TorrcOptions => ({
  dataDir,
  source: { host: "127.0.0.1", port: 8080 },
  recipient: { host: "127.0.0.1", port: 8081 },
});

const services = (torrc: string): string[] =>
  [...torrc.matchAll(/^HiddenServiceDir (.*)$/gm)].map((m) => m[1] ?? "");

test("no authorized client: the torrc has the source onion only", () => {
  const torrc = renderTorrc(options("/srv/p"), 0);
  assert.deepEqual(services(torrc), ["/srv/p/tor/source"]);
  assert.doesNotMatch(torrc, /127\.0\.0\.1:8081/, "nothing points tor at the recipient listener");
  assert.match(torrc, /^HiddenServicePort 80 127\.0\.0\.1:8080$/m);
});

test("one authorized client: the recipient onion is in the torrc", () => {
  const torrc = renderTorrc(options("/srv/p"), 1);
  assert.deepEqual(services(torrc), ["/srv/p/tor/source", "/srv/p/tor/recipient"]);
  assert.match(
    torrc,
    /HiddenServiceDir \/srv\/p\/tor\/recipient\nHiddenServicePort 80 127\.0\.0\.1:8081\n/,
  );
  assert.equal((torrc.match(/PoWDefensesEnabled/g) ?? []).length, 1, "PoW on the source only");
});

test("the torrc follows authorized_clients/: junk never publishes the recipient onion", async () => {
  const dir = await mkdtemp(join(tmpdir(), "postern-torrc-"));
  const torrcFor = async (): Promise<string> =>
    renderTorrc(options(dir), (await readClientAuth(dir)).clients.length);
  try {
    await initOnions(dir);
    assert.deepEqual(services(await torrcFor()), [join(dir, "tor", "source")]);

    // Files an attacker or a slip could leave: none is a key tor would load for sure.
    const clients = authorizedClientsDir(dir);
    await mkdir(clients, { recursive: true, mode: 0o700 });
    const key = "A".repeat(52);
    const junk: Record<string, string> = {
      "empty.auth": "",
      "short.auth": `descriptor:x25519:${key.slice(1)}\n`,
      "long.auth": `descriptor:x25519:${key}A\n`,
      "badchar.auth": `descriptor:x25519:${key.slice(1)}1\n`,
      "type.auth": `descriptor:ed25519:${key}\n`,
      "auth.auth": `basic:x25519:${key}\n`,
      "private.auth": `${"a".repeat(56)}:descriptor:x25519:${key}\n`,
      "two.auth": `descriptor:x25519:${key}\ndescriptor:x25519:${key}\n`,
      "huge.auth": `descriptor:x25519:${key}${" ".repeat(200)}\n`,
      "no-extension": `descriptor:x25519:${key}\n`,
      "bad name!.auth": `descriptor:x25519:${key}\n`,
      ".hidden.auth": `descriptor:x25519:${key}\n`,
    };
    for (const [name, content] of Object.entries(junk)) {
      await writeFile(join(clients, name), content, { mode: 0o600 });
    }
    await mkdir(join(clients, "folder.auth"));
    const state = await readClientAuth(dir);
    assert.deepEqual(state.clients, []);
    assert.equal(state.ignored.length, Object.keys(junk).length + 1);
    assert.deepEqual(services(await torrcFor()), [join(dir, "tor", "source")]);

    // One real client publishes it; removing it unpublishes it again.
    const before = state.fingerprint;
    const added = await addClientAuth(dir, "alice");
    const withAlice = await readClientAuth(dir);
    assert.deepEqual(withAlice.clients, ["alice"]);
    assert.notEqual(withAlice.fingerprint, before);
    assert.deepEqual(services(await torrcFor()), [
      join(dir, "tor", "source"),
      join(dir, "tor", "recipient"),
    ]);
    // A key written in lower case is still one tor accepts (tor's base32 takes both cases).
    await writeFile(join(clients, "bob.auth"), `descriptor:x25519:${key.toLowerCase()}\n`);
    assert.deepEqual((await readClientAuth(dir)).clients, ["alice", "bob"]);
    await removeClientAuth(dir, "bob");

    assert.deepEqual(await removeClientAuth(dir, "alice"), { leftoverRemoved: true });
    await assert.rejects(stat(added.authPrivateFile), /ENOENT/);
    assert.deepEqual((await readClientAuth(dir)).clients, []);
    assert.deepEqual(services(await torrcFor()), [join(dir, "tor", "source")]);
    await assert.rejects(removeClientAuth(dir, "alice"), /no authorized client is called "alice"/);
    await assert.rejects(removeClientAuth(dir, "../source/hostname"), /--name/);
    assert.match(await readFile(join(dir, "tor", "source", "hostname"), "utf8"), /\.onion/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a key replaced under the same name changes the fingerprint (tor must reload)", async () => {
  const dir = await mkdtemp(join(tmpdir(), "postern-torrc-fp-"));
  try {
    await initOnions(dir);
    await addClientAuth(dir, "alice");
    const first = (await readClientAuth(dir)).fingerprint;
    await removeClientAuth(dir, "alice");
    await addClientAuth(dir, "alice");
    const second = await readClientAuth(dir);
    assert.deepEqual(second.clients, ["alice"]);
    assert.notEqual(second.fingerprint, first);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
