// `postern onion status`, `onion init` and `onion client-auth add|remove`
// tell the truth about the recipient onion: it is published only while a
// valid client is authorized, and nothing says "client authorization
// required" when no client is (issue #11, finding 3).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertOk, assertOneErrorLine, posternBatch } from "../cli/helpers.ts";

test("onion status, init and client-auth remove follow the authorized clients", async () => {
  const work = await mkdtemp(join(tmpdir(), "postern-client-auth-cli-"));
  const dir = join(work, "data");
  const status = ["onion", "status", "--data", dir];
  const add = (name: string): string[] => [
    "onion",
    "client-auth",
    "add",
    "--data",
    dir,
    "--name",
    name,
  ];
  const remove = (name: string): string[] => [
    "onion",
    "client-auth",
    "remove",
    "--data",
    dir,
    "--name",
    name,
  ];
  try {
    const [made, init, before] = await posternBatch([
      ["init", "--data", dir],
      ["onion", "init", "--data", dir],
      status,
    ]);
    assertOk(made!);
    assertOk(init!);
    const recipient = /Recipient onion: http:\/\/([a-z2-7]{56}\.onion)\//.exec(init!.stdout)?.[1];
    assert.ok(recipient, init!.stdout);
    assert.match(
      init!.stdout,
      new RegExp(
        `Recipient onion: .*not published until a recipient is authorized \\(postern onion client-auth add --data ${dir} --name NAME\\)`,
      ),
    );
    assert.doesNotMatch(init!.stdout, /client authorization required/);
    assertOk(before!);
    assert.match(before!.stdout, /^Source onion:\s+[a-z2-7]{56}\.onion$/m);
    assert.match(
      before!.stdout,
      new RegExp(`^Recipient onion: ${recipient}, not published \\(no authorized client\\)$`, "m"),
    );
    assert.match(before!.stdout, /^Authorized recipients: \(none\)$/m);
    assert.match(before!.stdout, /^tor: not running$/m);

    // A junk file is reported, not counted.
    const clients = join(dir, "tor", "recipient", "authorized_clients");
    await mkdir(clients, { recursive: true, mode: 0o700 });
    await writeFile(join(clients, "junk.auth"), "not a key\n");
    const [junk, alice, bob, after, removed] = await posternBatch([
      status,
      add("alice"),
      add("bob"),
      status,
      remove("alice"),
    ]);
    assert.match(junk!.stdout, /not published \(no authorized client\)/);
    assert.match(
      junk!.stdout,
      /^Ignored: 1 file\(s\) in .* that are not a valid NAME\.auth client key$/m,
    );
    assertOk(alice!);
    assertOk(bob!);
    assert.match(
      after!.stdout,
      new RegExp(
        `^Recipient onion: ${recipient}, published when tor runs, client authorization: 2 client\\(s\\)$`,
        "m",
      ),
    );
    assert.match(after!.stdout, /^Authorized recipients: alice, bob$/m);
    assertOk(removed!);
    assert.match(removed!.stdout, /^Removed "alice" and its \.auth_private file\./);
    assert.doesNotMatch(removed!.stdout, /No authorized client is left/);
    assert.deepEqual((await readdir(clients)).sort(), ["bob.auth", "junk.auth"]);
    assert.deepEqual(await readdir(join(dir, "tor", "client-auth")), ["bob.auth_private"]);

    const [last, end, unknown, bad, help] = await posternBatch([
      remove("bob"),
      status,
      remove("alice"),
      remove("../junk"),
      ["onion", "client-auth", "--help"],
    ]);
    assertOk(last!);
    assert.match(
      last!.stdout,
      /No authorized client is left: the recipient onion is not published/,
    );
    assert.match(end!.stdout, /^Recipient onion: .*, not published \(no authorized client\)$/m);
    assert.match(end!.stdout, /^Authorized recipients: \(none\)$/m);
    // Unknown or malformed names: one line, non-zero, nothing removed.
    assertOneErrorLine(unknown!, /^postern: no authorized client is called "alice"$/);
    assertOneErrorLine(bad!, /--name must be/);
    assert.deepEqual(await readdir(clients), ["junk.auth"]);
    assert.match(help!.stdout, /client-auth remove --data DIR --name NAME/);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
