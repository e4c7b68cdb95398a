// A source in real Chromium with JavaScript disabled (Tor Browser "Safest"):
// new codename, message + three files, received; a returning source sends
// more; the recipient pulls and decrypts every byte and name offline. Then
// the seizure test: no marker, no codename anywhere in the data folder or
// the logs, and no client address or user agent in the logs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { decryptPulled } from "../../src/core/decrypt.ts";
import { pullInbox } from "../../src/core/inbox.ts";
import { writeReply } from "../../src/core/replies.ts";
import { CHROMIUM, launchChromium } from "../helpers/browser.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";

const skip = CHROMIUM === undefined ? "Debian chromium is not installed" : false;

const MARK_MESSAGE = `MARKER-MSG-${randomBytes(6).toString("hex")}`;
const MARK_CONTENT = `MARKER-FILE-${randomBytes(6).toString("hex")}`;
const MARK_NAME = `MARKER-NAME-${randomBytes(6).toString("hex")}`;
const MARK_SECOND = `MARKER-SECOND-${randomBytes(6).toString("hex")}`;
const MARK_REPLY = `MARKER-REPLY-${randomBytes(6).toString("hex")}`;

let f: Fixture;
let browser: Browser;
let work: string;
let codename = "";
let userAgent = "";

before(async () => {
  if (skip !== false) return;
  f = await startFixture();
  browser = await launchChromium();
  work = await mkdtemp(join(tmpdir(), "postern-e2e-"));
});

after(async () => {
  if (skip !== false) return;
  await browser.close();
  await f.close();
  await rm(work, { recursive: true, force: true });
});

/** Every regular file under `dir`, recursively. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(dir)) {
    const p = join(dir, name);
    const s = await stat(p);
    if (s.isDirectory()) out.push(...(await walk(p)));
    else if (s.isFile()) out.push(p);
  }
  return out;
}

test("a new source sends a message and three files with JavaScript off", { skip }, async () => {
  const files = {
    a: join(work, "notes.txt"),
    b: join(work, `${MARK_NAME}.pdf`),
    c: join(work, "photo.bin"),
  };
  await writeFile(files.a, `first file\n${MARK_CONTENT}\n`);
  await writeFile(files.b, "%PDF-1.4 pretend");
  await writeFile(files.c, randomBytes(300_000));

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  page.on("request", (r) => {
    userAgent = r.headers()["user-agent"] ?? userAgent;
  });
  await page.goto(`${f.url}/`);
  assert.match(page.url(), /\/en\/$/);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.click("#start");
  codename = (await page.textContent("#codename"))?.trim() ?? "";
  assert.equal(codename.split(" ").length, 12);
  await page.click("#continue");
  await page.fill(
    'form#submission textarea[name="message"]',
    `Hello from a source. ${MARK_MESSAGE}`,
  );
  await page.setInputFiles('form#submission input[type="file"][name="files"]', [
    files.a,
    files.b,
    files.c,
  ]);
  await page.click("#send");
  await page.waitForSelector("#submission-received");
  assert.equal(await page.locator("script").count(), 0, "source pages carry no script");
  await context.close();
});

test("a returning source logs in with the codename and sends more", { skip }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${f.url}/en/`);
  await page.click("#returning");
  await page.fill('form#login input[name="codename"]', codename);
  await page.click("#login-submit");
  await page.waitForSelector("form#submission");
  await page.fill('form#submission textarea[name="message"]', `Second message. ${MARK_SECOND}`);
  await page.click("#send");
  await page.waitForSelector("#submission-received");
  await context.close();
});

test("the recipient pulls and decrypts every byte and name", { skip }, async () => {
  const pulled = join(work, "pulled");
  const out = join(work, "decrypted");
  const r = await pullInbox(f.inst, pulled);
  assert.equal(r.pulled, 2);
  const d = await decryptPulled([f.identity], pulled, out);
  assert.deepEqual(d, { submissions: 2, files: 3, failures: 0 });
  const texts: string[] = [];
  const names: string[] = [];
  for (const id of await readdir(out)) {
    for (const n of await readdir(join(out, id))) {
      names.push(n);
      if (n === "message.txt") texts.push(await readFile(join(out, id, n), "utf8"));
    }
  }
  assert.ok(texts.some((t) => t.includes(MARK_MESSAGE)));
  assert.ok(texts.some((t) => t.includes(MARK_SECOND)));
  assert.deepEqual(
    names.filter((n) => n !== "message.txt").sort(),
    [`${MARK_NAME}.pdf`, "notes.txt", "photo.bin"].sort(),
  );
  const photo = (await walk(out)).find((p) => p.endsWith("photo.bin"));
  assert.ok(photo !== undefined);
  assert.deepEqual(await readFile(photo), await readFile(join(work, "photo.bin")));
  const notes = (await walk(out)).find((p) => p.endsWith("notes.txt"));
  assert.equal(await readFile(notes ?? "", "utf8"), `first file\n${MARK_CONTENT}\n`);
});

test("the source reads a reply with JavaScript off and deletes it", { skip }, async () => {
  const [source] = await f.inst.db.selectFrom("sources").select("designation").execute();
  await writeReply(f.inst, {
    designation: source?.designation ?? "",
    identity: f.identity,
    message: `We read it. ${MARK_REPLY}`,
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${f.url}/en/login`);
  await page.fill('form#login input[name="codename"]', codename);
  await page.click("#login-submit");
  await page.waitForSelector("#replies .reply");
  assert.match((await page.textContent("#replies .reply")) ?? "", new RegExp(MARK_REPLY));
  await page.click("#replies .reply .reply-delete button");
  await page.waitForSelector("#replies");
  assert.equal(await page.locator("#replies .reply").count(), 0);
  await context.close();
});

test("seizure: the data folder and the logs hold no marker and no codename", { skip }, async () => {
  const needles = [MARK_MESSAGE, MARK_CONTENT, MARK_NAME, MARK_SECOND, MARK_REPLY, codename];
  const files = await walk(f.dir);
  assert.ok(files.some((p) => p.endsWith("postern.sqlite")));
  assert.ok(files.filter((p) => p.endsWith(".age")).length >= 5, "blobs are on disk");
  for (const p of files) {
    const bytes = await readFile(p);
    for (const n of needles) {
      for (const enc of ["utf8", "utf16le"] as const) {
        assert.equal(bytes.indexOf(Buffer.from(n, enc)), -1, `${n} found in ${p} (${enc})`);
      }
    }
  }
  const log = f.logs.join("\n");
  assert.ok(f.logs.length > 0, "the run logged something");
  assert.match(userAgent, /Chrome\//, "the browser's user agent was seen");
  for (const n of [...needles, "127.0.0.1", userAgent, "HeadlessChrome", "Mozilla/5.0"]) {
    assert.ok(!log.includes(n), `log holds ${n}`);
  }
});

/**
 * Issue #11, finding 4: nothing on disk dates a source's action finer than an
 * hour. Every number in a row that belongs to a source is either small (counts,
 * orders, sizes) or a whole hour; none reads as a unix time in seconds or ms.
 */
test(
  "seizure: no number in a source's rows dates anything finer than an hour",
  { skip },
  async () => {
    const tables = [
      "sources",
      "submissions",
      "blobs",
      "replies",
      "source_sessions",
      "reads",
      "stars",
    ] as const;
    const now = Date.now();
    const decade = 10 * 365 * 86400;
    let scanned = 0;
    let sessions = 0;
    for (const table of tables) {
      const rows = (await f.inst.db.selectFrom(table).selectAll().execute()) as Record<
        string,
        unknown
      >[];
      if (table === "source_sessions") sessions = rows.length;
      for (const row of rows) {
        for (const [column, v] of Object.entries(row)) {
          if (typeof v !== "number" && typeof v !== "bigint") continue;
          scanned++;
          const n = Number(v);
          const asSeconds = Math.abs(n - now / 1000) < decade;
          const asMs = Math.abs(n - now) < decade * 1000;
          assert.ok(
            !((asSeconds && n % 3600 !== 0) || (asMs && n % 3_600_000 !== 0)),
            `${table}.${column} = ${n} reads as an instant`,
          );
        }
      }
    }
    assert.ok(sessions > 0, "a live source session was scanned");
    assert.ok(scanned > 20, `numbers scanned: ${scanned}`);
  },
);

test(
  "seizure: blob files carry their UTC day; the hourly pass moves their ctimes",
  { skip },
  async () => {
    const blobs = (await walk(f.inst.blobs.root)).filter((p) => p.endsWith(".age"));
    assert.ok(blobs.length >= 5);
    for (const p of blobs) {
      const st = await stat(p);
      assert.equal(st.mtimeMs % 86_400_000, 0, `${p}: mtime ${new Date(st.mtimeMs).toISOString()}`);
    }
    // What a process can do about ctimes: the pass at the top of the hour touches
    // what is new, so its ctime becomes the pass's.
    const passStarted = Date.now();
    const touched = await f.inst.blobs.coarsenTimes(passStarted - 2 * 3600e3);
    assert.ok(touched >= blobs.length);
    for (const p of [...blobs, f.inst.blobs.root]) {
      const st = await stat(p);
      assert.ok(st.ctimeMs >= passStarted - 1000, `${p}: ctime moved to the pass`);
      assert.equal(st.mtimeMs % 86_400_000, 0, `${p}: mtime is a day`);
      assert.equal(st.atimeMs % 86_400_000, 0, `${p}: atime is a day`);
    }
  },
);
