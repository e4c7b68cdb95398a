/**
 * The `postern` command line as a contract (issue #2): every command answers
 * --help; bad input fails with one line on stderr and a non-zero exit; keys
 * are written safely and never printed; channels and recipients are checked.
 *
 * A few cases run the real `bin/postern.js`; the long tables run through
 * `posternBatch` (the same `main()`, one process for many cases) so the file
 * stays fast.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateIdentity, parseIdentityFile } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { Instance } from "../../src/core/instance.ts";
import {
  assertOk,
  assertOneErrorLine,
  postern,
  posternBatch,
  TempDirs,
  walk,
  type RunResult,
} from "./helpers.ts";

const tmp = new TempDirs();
after(() => tmp.cleanup());

/** Each command and the flags its usage line must name (the required ones). */
const COMMANDS: Record<string, readonly string[]> = {
  init: ["--data"],
  keygen: ["--output"],
  "channel add": ["--data", "--slug", "--name"],
  "channel list": ["--data"],
  "recipient add": ["--data", "--name", "--recipient"],
  serve: ["--data"],
  "inbox list": ["--data"],
  "inbox pull": ["--data", "--out"],
  decrypt: ["--identity", "--in", "--out"],
  demo: ["--data"],
};

/** Content, mode and mtime of every entry under `dir`: proof that nothing changed. */
async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await walk(dir)) {
    const p = join(dir, e.path);
    const s = await stat(p);
    const hash =
      e.kind === "file"
        ? createHash("sha256")
            .update(await readFile(p))
            .digest("hex")
        : "";
    out.push(`${e.kind} ${e.path} ${s.mode.toString(8)} ${s.mtimeMs} ${s.size} ${hash}`);
  }
  out.push(`root ${((await stat(dir)).mode & 0o7777).toString(8)}`);
  return out;
}

async function recipientRows(dir: string): Promise<string[]> {
  const inst = await Instance.open(dir);
  try {
    const rows = await inst.db
      .selectFrom("channel_recipients")
      .innerJoin("recipients", "recipients.id", "channel_recipients.recipient_id")
      .innerJoin("channels", "channels.id", "channel_recipients.channel_id")
      .select(["channels.slug as slug", "recipients.recipient as recipient"])
      .orderBy("channels.slug")
      .orderBy("recipients.recipient")
      .execute();
    return rows.map((r) => `${r.slug} ${r.recipient}`);
  } finally {
    await inst.close();
  }
}

function assertUsage(r: RunResult, name: string): void {
  assertOk(r);
  const usage = r.stdout.split("\n")[0] ?? "";
  assert.ok(usage.startsWith(`postern ${name} `), `usage line: ${usage}`);
  for (const f of COMMANDS[name] ?? []) assert.ok(usage.includes(`${f} `), `names ${f}: ${usage}`);
  assert.ok(r.stdout.split("\n").length >= 3, "a summary follows the usage line");
}

// Independent parts run side by side: most of the time is spent starting `postern`.
describe("postern CLI", { concurrency: 2 }, () => {
  describe("the real binary", { concurrency: 2 }, () => {
    test("`postern init --help`: exit 0 and the usage line", async () => {
      assertUsage(await postern(["init", "--help"]), "init");
    });

    test("an unknown command: exit 2, one line", async () => {
      const r = await postern(["frobnicate"]);
      assertOneErrorLine(r, /^postern: unknown command "frobnicate" \(see postern --help\)$/);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
    });

    test("an unknown flag on serve: one line, and no server is started", async () => {
      const r = await postern(["serve", "--data", "/nonexistent/x", "--port", "1"], 20_000);
      assertOneErrorLine(r, /--port/);
      assert.equal(r.stdout, "");
    });

    test("a missing required flag: one line naming it", async () => {
      const r = await postern(["decrypt", "--in", "x", "--out", "y"]);
      assertOneErrorLine(r, /^postern: --identity is required \(usage: postern decrypt /);
      assert.equal(r.code, 2);
    });
  });

  describe("--help, every command", () => {
    const cases: Record<string, readonly string[]> = {};
    for (const name of Object.keys(COMMANDS)) cases[name] = [...name.split(" "), "--help"];
    cases["inbox pull -h"] = ["inbox", "pull", "-h"];
    cases["--help"] = ["--help"];
    cases["help"] = ["help"];
    const results: Record<string, RunResult> = {};
    before(async () => {
      const rs = await posternBatch(Object.values(cases));
      Object.keys(cases).forEach((k, i) => (results[k] = rs[i]!));
    });

    for (const name of Object.keys(COMMANDS)) {
      test(`postern ${name} --help`, () => assertUsage(results[name]!, name));
    }
    test("-h works too", () => {
      assertUsage(results["inbox pull -h"]!, "inbox pull");
    });
    test("`postern --help` and `postern help` list every command", () => {
      for (const k of ["--help", "help"]) {
        const r = results[k]!;
        assertOk(r);
        for (const name of Object.keys(COMMANDS))
          assert.ok(r.stdout.includes(`\n  postern ${name} `), `${k} lists ${name}`);
      }
    });
  });

  describe("bad invocations: one line on stderr, non-zero exit, nothing on stdout", () => {
    const cases: Record<string, { args: string[]; mentions: RegExp }> = {
      "unknown command": { args: ["frobnicate"], mentions: /unknown command "frobnicate"/ },
      "unknown subcommand": { args: ["channel", "remove"], mentions: /unknown command/ },
      "unknown flag": { args: ["init", "--data", "/nonexistent/x", "--frob"], mentions: /--frob/ },
      "unknown short flag": { args: ["decrypt", "-z"], mentions: /-z/ },
      "a boolean flag given a value": {
        args: ["keygen", "--output", "/nonexistent/k", "--classic=yes"],
        mentions: /--classic/,
      },
      "a flag without its value": { args: ["inbox", "list", "--data"], mentions: /--data/ },
      "a stray argument": {
        args: ["channel", "list", "--data", "/nonexistent/x", "extra"],
        mentions: /unexpected argument "extra"/,
      },
      "an empty required value": {
        args: ["recipient", "add", "--data", "/nonexistent/x", "--name", "A", "--recipient", ""],
        mentions: /--recipient is required/,
      },
      "a data folder that is not one": {
        args: ["channel", "list", "--data", "/nonexistent/x"],
        mentions: /not a Postern data folder/,
      },
      "decrypt with an identity file that does not exist": {
        args: ["decrypt", "-i", "/nonexistent/key.txt", "--in", "/nonexistent", "--out", "/x"],
        mentions: /\/nonexistent\/key\.txt/,
      },
    };
    for (const [name, flags] of Object.entries(COMMANDS)) {
      cases[`${name} without ${flags[0] ?? ""}`] = {
        args: name.split(" "),
        mentions: new RegExp(`^postern: ${flags[0] ?? ""} is required \\(usage: postern ${name} `),
      };
      if (flags.length > 1) {
        const last = flags[flags.length - 1]!;
        cases[`${name} without ${last}`] = {
          args: [...name.split(" "), ...flags.slice(0, -1).flatMap((f) => [f, "/nonexistent/v"])],
          mentions: new RegExp(`${last} is required`),
        };
      }
    }
    const results: RunResult[] = [];
    before(async () => {
      results.push(...(await posternBatch(Object.values(cases).map((c) => c.args))));
    });
    Object.entries(cases).forEach(([label, c], i) => {
      test(label, () => {
        const r = results[i]!;
        assertOneErrorLine(r, c.mentions);
        assert.equal(r.stdout, "");
      });
    });
  });

  describe("init", { concurrency: 1 }, () => {
    let dir = "";
    test("creates a data folder with a post-quantum 'default' channel", async () => {
      dir = join(await tmp.make(), "data");
      const r = await postern(["init", "--data", dir, "--org-name", "Test Desk"]);
      assertOk(r);
      assert.match(r.stdout, /channel "default" \(post-quantum\)/);
      const inst = await Instance.open(dir);
      try {
        assert.equal(inst.config.orgName, "Test Desk");
        const chans = await inst.db.selectFrom("channels").select(["slug", "kind"]).execute();
        assert.deepEqual(chans, [{ slug: "default", kind: "pq" }]);
      } finally {
        await inst.close();
      }
    });

    test("on an existing data folder: one line, nothing changed", async () => {
      await writeFile(join(dir, "notes.txt"), "mine");
      const before = await snapshot(dir);
      const r = await postern(["init", "--data", dir, "--org-name", "Other"]);
      assertOneErrorLine(r, /already holds a Postern instance/);
      assert.equal(r.stdout, "");
      assert.deepEqual(await snapshot(dir), before);
    });
  });

  describe("keygen", { concurrency: 2 }, () => {
    for (const classic of [false, true]) {
      const kind = classic ? "classic" : "post-quantum";
      test(`${kind}: a 0600 identity file, the recipient on stdout, never the secret; no overwrite`, async () => {
        const dir = await tmp.make();
        const file = join(dir, "key.txt");
        const r = await postern(["keygen", "--output", file, ...(classic ? ["--classic"] : [])]);
        assertOk(r);
        const text = await readFile(file, "utf8");
        const ids = parseIdentityFile(text);
        assert.equal(ids.length, 1);
        const identity = ids[0]!;
        if (classic) assert.match(identity, /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
        else assert.match(identity, /^AGE-SECRET-KEY-PQ-1[0-9A-Z]+$/);
        assert.equal((await stat(file)).mode & 0o777, 0o600);
        const printed = r.stdout.trim();
        assert.equal(r.stdout, `${printed}\n`, "one line on stdout");
        if (classic) assert.match(printed, /^age1[0-9a-z]{58}$/);
        else assert.match(printed, /^age1pq1[0-9a-z]+$/);
        assert.equal(printed, await toRecipient(identity), "the printed recipient is the pair's");
        assert.ok(!r.stdout.toUpperCase().includes("AGE-SECRET-KEY"), "no secret on stdout");
        assert.ok(!r.stdout.includes(identity.slice(20, 40)), "no part of the secret on stdout");

        // Never overwrites: not the key just made (with either flag), nor any other file.
        const other = join(dir, "precious.txt");
        await writeFile(other, "precious");
        const again = await posternBatch([
          ["keygen", "--output", file],
          ["keygen", "--output", file, "--classic"],
          ["keygen", "-o", other],
        ]);
        for (const a of again) {
          assertOneErrorLine(a, /already exists; refusing to overwrite/);
          assert.equal(a.stdout, "");
        }
        assert.equal(await readFile(file, "utf8"), text, "the key file is unchanged");
        assert.equal(await readFile(other, "utf8"), "precious");
      });
    }
  });

  describe("channels and recipients", () => {
    let dir = "";
    let pq = "";
    let classic = "";
    const steps: { label: string; args: () => string[] }[] = [];
    const step = (label: string, args: () => string[]): (() => RunResult) => {
      const i = steps.push({ label, args }) - 1;
      return () => {
        const r = results[i];
        assert.ok(r, `step ${label} ran`);
        return r;
      };
    };
    const results: RunResult[] = [];
    const d = (): string[] => ["--data", dir];

    const classicOnDefault = step("classic on default", () => [
      "recipient",
      "add",
      ...d(),
      "--name",
      "Ana",
      "--recipient",
      classic,
    ]);
    const garbage = [
      "garbage",
      "age1pq1notreallyakey",
      "AGE-SECRET-KEY-1" + "Q".repeat(58),
      " age1",
    ].map((g, i) =>
      step(`garbage ${i}`, () => ["recipient", "add", ...d(), "--name", "X", "--recipient", g]),
    );
    const badChecksum = step("bad checksum", () => [
      "recipient",
      "add",
      ...d(),
      "--name",
      "X",
      "--recipient",
      classic.slice(0, -1) + (classic.endsWith("q") ? "p" : "q"),
    ]);
    const pqOnDefault = step("pq on default", () => [
      "recipient",
      "add",
      ...d(),
      "--name",
      "Ana",
      "--recipient",
      pq,
    ]);
    const addClassicChannel = step("channel add --classic", () => [
      "channel",
      "add",
      ...d(),
      "--slug",
      "leaks",
      "--name",
      "Leaks desk",
      "--classic",
    ]);
    const classicOnLeaks = step("classic on leaks", () => [
      "recipient",
      "add",
      ...d(),
      "--name",
      "Bo",
      "--recipient",
      classic,
      "--channel",
      "leaks",
    ]);
    const pqOnLeaks = step("pq on leaks", () => [
      "recipient",
      "add",
      ...d(),
      "--name",
      "Ana",
      "--recipient",
      pq,
      "--channel",
      "leaks",
    ]);
    const noChannel = step("no such channel", () => [
      "recipient",
      "add",
      ...d(),
      "--name",
      "C",
      "--recipient",
      pq,
      "--channel",
      "nope",
    ]);
    const badSlugs = ["Bad Slug", "-x", "x-", "a".repeat(100), "a".repeat(41), "ünï", "a/b"];
    const slugRuns = badSlugs.map((s) =>
      step(`slug ${s}`, () => ["channel", "add", ...d(), `--slug=${s}`, "--name", "Anything"]),
    );
    const emptySlug = step("empty slug", () => [
      "channel",
      "add",
      ...d(),
      "--slug=",
      "--name",
      "N",
    ]);
    const dupSlug = step("duplicate slug", () => [
      "channel",
      "add",
      ...d(),
      "--slug",
      "default",
      "--name",
      "Again",
    ]);
    const okSlug = step("40-char slug", () => [
      "channel",
      "add",
      ...d(),
      "--slug",
      "a".repeat(38) + "-9",
      "--name",
      "Longest",
    ]);
    const list = step("channel list", () => ["channel", "list", ...d()]);
    const table = step("inbox list", () => ["inbox", "list", ...d()]);

    before(async () => {
      dir = join(await tmp.make(), "data");
      pq = await toRecipient(await generateIdentity("pq"));
      classic = await toRecipient(await generateIdentity("classic"));
      assertOk(await postern(["init", "--data", dir]));
      results.push(...(await posternBatch(steps.map((s) => s.args()))));
    });

    test("a classic key on the post-quantum 'default' channel is refused", () => {
      assertOneErrorLine(
        classicOnDefault(),
        /^postern: channel "default" is post-quantum: it needs an age1pq1… recipient \(postern keygen\)$/,
      );
    });

    test("garbage as a recipient is refused", () => {
      for (const g of [...garbage, badChecksum])
        assertOneErrorLine(g(), /not a valid age recipient/);
      assert.ok(!garbage[2]!().stderr.includes("AGE-SECRET"), "a pasted secret is not echoed");
    });

    test("a post-quantum key on 'default' is added", () => {
      const r = pqOnDefault();
      assertOk(r);
      assert.match(r.stdout, /Added Ana to channel "default"/);
    });

    test("channel add --classic, then a classic key on it works, a post-quantum one does not", () => {
      assertOk(addClassicChannel());
      assert.match(addClassicChannel().stdout, /Added channel "leaks" \(classic\)/);
      assertOk(classicOnLeaks());
      assertOneErrorLine(pqOnLeaks(), /"leaks" is classic: it needs an age1… recipient/);
      assertOneErrorLine(noChannel(), /no channel "nope"/);
    });

    test("invalid and duplicate slugs are refused; a 40-character one is fine", () => {
      for (const r of slugRuns) assertOneErrorLine(r(), /slug must be 1–40 of a-z, 0-9 and '-'/);
      assertOneErrorLine(emptySlug(), /--slug is required/);
      assertOneErrorLine(dupSlug(), /channel "default" already exists/);
      assertOk(okSlug());
      assertOk(list());
      assert.equal(
        list().stdout,
        `${"a".repeat(38)}-9\tpq\tLongest\ndefault\tpq\tDefault\nleaks\tclassic\tLeaks desk\n`,
      );
      assert.equal(badSlugs.length, slugRuns.length);
    });

    test("only the accepted recipients are in the data folder", async () => {
      assert.deepEqual(await recipientRows(dir), [`default ${pq}`, `leaks ${classic}`]);
    });

    test("inbox list --json prints parseable JSON; the table says there is nothing", async () => {
      const json = await postern(["inbox", "list", "--data", dir, "--json"]);
      assertOk(json);
      assert.deepEqual(JSON.parse(json.stdout) as unknown, []);
      assertOk(table());
      assert.equal(table().stdout, "No submissions.\n");
    });
  });
});
