// `postern onion status`, `onion init` and `onion client-auth add|remove`
// tell the truth about the recipient onion: it is published only while a
// valid client is authorized, and nothing says "client authorization
// required" when no client is (issue #11, finding 3).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN } from "../helpers/serve.ts";

function postern(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000 });
}

test("onion status, init and client-auth remove follow the authorized clients", async () => {
  const work = await mkdtemp(join(tmpdir(), "postern-client-auth-cli-"));
  const dir = join(work, "data");
  try {
    assert.equal(postern(["init", "--data", dir]).status, 0);
    const init = postern(["onion", "init", "--data", dir]);
    assert.equal(init.status, 0, init.stderr);
    const recipient = /Recipient onion: http:\/\/([a-z2-7]{56}\.onion)\//.exec(init.stdout)?.[1];
    assert.ok(recipient, init.stdout);
    assert.match(
      init.stdout,
      new RegExp(
        `Recipient onion: .*not published until a recipient is authorized \\(postern onion client-auth add --data ${dir} --name NAME\\)`,
      ),
    );
    assert.doesNotMatch(init.stdout, /client authorization required/);

    const before = postern(["onion", "status", "--data", dir]);
    assert.equal(before.status, 0, before.stderr);
    assert.match(before.stdout, /^Source onion:\s+[a-z2-7]{56}\.onion$/m);
    assert.match(
      before.stdout,
      new RegExp(`^Recipient onion: ${recipient}, not published \\(no authorized client\\)$`, "m"),
    );
    assert.match(before.stdout, /^Authorized recipients: \(none\)$/m);
    assert.match(before.stdout, /^tor: not running$/m);

    // A junk file is reported, not counted.
    const clients = join(dir, "tor", "recipient", "authorized_clients");
    await mkdir(clients, { recursive: true, mode: 0o700 });
    await writeFile(join(clients, "junk.auth"), "not a key\n");
    const junk = postern(["onion", "status", "--data", dir]);
    assert.match(junk.stdout, /not published \(no authorized client\)/);
    assert.match(
      junk.stdout,
      /^Ignored: 1 file\(s\) in .* that are not a valid NAME\.auth client key$/m,
    );

    assert.equal(
      postern(["onion", "client-auth", "add", "--data", dir, "--name", "alice"]).status,
      0,
    );
    assert.equal(
      postern(["onion", "client-auth", "add", "--data", dir, "--name", "bob"]).status,
      0,
    );
    const after = postern(["onion", "status", "--data", dir]);
    assert.match(
      after.stdout,
      new RegExp(
        `^Recipient onion: ${recipient}, published when tor runs, client authorization: 2 client\\(s\\)$`,
        "m",
      ),
    );
    assert.match(after.stdout, /^Authorized recipients: alice, bob$/m);

    const removed = postern(["onion", "client-auth", "remove", "--data", dir, "--name", "alice"]);
    assert.equal(removed.status, 0, removed.stderr);
    assert.match(removed.stdout, /^Removed "alice" and its \.auth_private file\./);
    assert.doesNotMatch(removed.stdout, /No authorized client is left/);
    assert.deepEqual((await readdir(clients)).sort(), ["bob.auth", "junk.auth"]);
    assert.deepEqual(await readdir(join(dir, "tor", "client-auth")), ["bob.auth_private"]);

    const last = postern(["onion", "client-auth", "remove", "--data", dir, "--name", "bob"]);
    assert.equal(last.status, 0, last.stderr);
    assert.match(last.stdout, /No authorized client is left: the recipient onion is not published/);
    const end = postern(["onion", "status", "--data", dir]);
    assert.match(end.stdout, /^Recipient onion: .*, not published \(no authorized client\)$/m);
    assert.match(end.stdout, /^Authorized recipients: \(none\)$/m);

    // Unknown or malformed names: one line, non-zero, nothing removed.
    const unknown = postern(["onion", "client-auth", "remove", "--data", dir, "--name", "alice"]);
    assert.equal(unknown.status, 1);
    assert.equal(unknown.stderr, 'postern: no authorized client is called "alice"\n');
    const bad = postern(["onion", "client-auth", "remove", "--data", dir, "--name", "../junk"]);
    assert.notEqual(bad.status, 0);
    assert.equal(bad.stderr.trim().split("\n").length, 1);
    assert.deepEqual(await readdir(clients), ["junk.auth"]);
    assert.match(
      postern(["onion", "client-auth", "--help"]).stdout,
      /client-auth remove --data DIR --name NAME/,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
