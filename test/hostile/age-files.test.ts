/**
 * Hostile age files, on both sides.
 *
 * Source side: an age file a source uploads is just bytes. Whatever it holds
 * (valid, armored, truncated, a stanza flood, a bad MAC) it is stored like any
 * file: encrypted again to the channel, byte for byte, and never parsed.
 *
 * Recipient side: POST /api/v1/sources/:id/replies takes an age file the
 * browser made. What the server can check without a key — framing, caps,
 * stanza count and kind (SECURITY.md) — it checks: each violation is
 * `reply_invalid` 400 and stores nothing. What only a key can check (the header
 * MAC, the payload, which key a stanza is for) it cannot; such a reply is
 * stored, and the source's page must still open, showing the replies it can
 * read. Existing reply cases: test/web/recipient-access.test.ts.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import { armor } from "age-encryption";
import {
  MAX_HEADER_BYTES,
  MAX_STANZAS,
  encryptBytes,
  frameHeader,
  generateIdentity,
} from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import type { ConversationResponse, SourcesResponse } from "../../src/protocol/api.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { enrolRecipient, type Enrolled } from "../helpers/recipient-client.ts";
import { assertError, recipientState, unchanged } from "../helpers/recipient-state.ts";
import { SourceClient, errorCode, received } from "../helpers/source-client.ts";
import { assertHealthy, blobIds, newManifests, openBlob } from "./harness.ts";

// ---- building hostile age files ------------------------------------------------------

/** An age file cut into its header lines (version, stanza blocks, MAC line) and payload. */
interface Parts {
  readonly version: string;
  readonly stanzas: readonly string[];
  readonly mac: string;
  readonly payload: Buffer;
}

function split(file: Buffer): Parts {
  const frame = frameHeader(file);
  assert.ok(frame !== null);
  const lines = frame.bytes.toString("latin1").split("\n").slice(0, -1);
  const stanzas: string[] = [];
  let i = 1;
  while (lines[i]?.startsWith("-> ") === true) {
    // age spec: a stanza's body is 64-column lines, the last one shorter.
    let block = `${lines[i++]!}\n`;
    for (;;) {
      const line = lines[i++]!;
      block += `${line}\n`;
      if (line.length < 64) break;
    }
    stanzas.push(block);
  }
  return {
    version: `${lines[0]!}\n`,
    stanzas,
    mac: `${lines[i]!}\n`,
    payload: file.subarray(frame.bytes.length),
  };
}

function join(p: Parts): Buffer {
  return Buffer.concat([Buffer.from(p.version + p.stanzas.join("") + p.mac, "latin1"), p.payload]);
}

/** The same file with its MAC line's last-but-one character changed (still 43 base64 characters). */
function wrongMac(file: Buffer): Buffer {
  const p = split(file);
  const at = p.mac.length - 3;
  const c = p.mac[at] === "A" ? "B" : "A";
  return join({ ...p, mac: p.mac.slice(0, at) + c + p.mac.slice(at + 1) });
}

/** The same header with its stanzas repeated up to `n` (the MAC no longer matches; framing is what is tested). */
function stanzaFlood(file: Buffer, n: number): Buffer {
  const p = split(file);
  const stanzas = Array.from({ length: n }, (_, i) => p.stanzas[i % p.stanzas.length]!);
  return join({ ...p, stanzas });
}

// ---- source side ----------------------------------------------------------------------------

describe("age files uploaded by a source are stored as opaque files", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture({ kind: "classic" });
  });
  after(async () => {
    await f.close();
  });

  test("valid, armored, truncated, flooded, bad-MAC and padded age files: each stored byte for byte, re-encrypted", async () => {
    const stranger = await toRecipient(await generateIdentity("classic"));
    const valid = await encryptBytes([stranger], Buffer.from("a file the source encrypted first"));
    const big = await encryptBytes([stranger], randomBytes(40 * 1024));
    const longLine = Buffer.concat([
      Buffer.from(`age-encryption.org/v1\n-> X25519 ${"A".repeat(200 * 1024)}\n`),
      randomBytes(64),
    ]);
    const files: [string, Buffer][] = [
      ["valid.age", valid],
      ["armored.age", Buffer.from(armor.encode(valid))],
      ["armored-crlf.age", Buffer.from(armor.encode(valid).replace(/\n/g, "\r\n"))],
      ["truncated.age", big.subarray(0, big.length - 1000)],
      ["header-only.age", big.subarray(0, frameHeader(big)!.bytes.length)],
      ["flood.age", stanzaFlood(valid, 1000)],
      ["bad-mac.age", wrongMac(valid)],
      ["trailing.age", Buffer.concat([valid, Buffer.from("trailing data")])],
      ["long-line.age", longLine],
      ["not-age.age", Buffer.from("age-encryption.org/v2\nnothing like age\n")],
    ];
    const client = new SourceClient(f.url);
    await client.newSource();
    for (const [name, data] of files) {
      const before = await blobIds(f);
      const p = await client.submit({
        files: [{ name, data, type: "application/octet-stream" }],
      });
      assert.ok(received(p), `${name}: received (status ${p.status}, code ${errorCode(p)})`);
      const [manifest] = await newManifests(f, before);
      assert.ok(manifest !== undefined);
      assert.deepEqual(
        manifest.files.map((x) => [x.name, x.type, x.size]),
        [[name, "application/octet-stream", data.length]],
      );
      const id = manifest.files[0]!.blob;
      // What is on disk is a new age file to the channel's key, not the upload.
      const onDisk = await readFile(f.inst.blobs.pathOf(id));
      assert.equal(split(onDisk).stanzas.length, 1, `${name}: one stanza, the channel's`);
      assert.ok(
        !onDisk.includes(data.subarray(0, 64)),
        `${name}: the upload is not on disk in clear`,
      );
      assert.deepEqual(await openBlob(f, id), data, `${name}: decrypts to the bytes sent`);
    }
    const { tempFiles } = await recipientState(f);
    assert.equal(tempFiles, 0);
    await assertHealthy(f);
  });
});

// ---- recipient side --------------------------------------------------------------------------

describe("replies: hostile age files", () => {
  let f: Fixture;
  let alice: Enrolled;
  let source: SourceClient;
  let sourceId: string;
  let conv: ConversationResponse;
  let good: Buffer;
  before(async () => {
    f = await startFixture({ noRecipient: true });
    alice = await enrolRecipient(f.inst, f.recipientUrl, { username: "alice" });
    source = new SourceClient(f.url);
    await source.newSource();
    assert.ok(received(await source.submit({ message: "hello" })));
    const list = await alice.client.call<SourcesResponse>("GET", "/api/v1/sources");
    sourceId = list.body.sources[0]!.id;
    conv = (await alice.client.call<ConversationResponse>("GET", `/api/v1/sources/${sourceId}`))
      .body;
    good = await encryptBytes(conv.replyTo, Buffer.from("a good reply"));
  });
  after(async () => {
    await f.close();
  });

  const send = (body: Uint8Array) =>
    alice.client.call("POST", `/api/v1/sources/${sourceId}/replies`, body);

  test("what framing can see is refused: reply_invalid 400, nothing stored", async () => {
    const p = split(good);
    const stranger = await toRecipient(await generateIdentity("pq"));
    const lines = (s: string): string[] => s.split("\n");
    const armored = armor.encode(good);
    const cases: [string, Buffer][] = [
      // Stanza floods: past the cap, at the cap, and ten thousand tiny ones.
      [`${MAX_STANZAS + 1} stanzas`, stanzaFlood(good, MAX_STANZAS + 1)],
      [
        `${MAX_STANZAS} stanzas (under the cap, not the right count)`,
        stanzaFlood(good, MAX_STANZAS),
      ],
      [
        "10,000 empty stanzas",
        join({ ...p, stanzas: Array(10_000).fill("-> X25519 AAAA\n\n") as string[] }),
      ],
      [
        "a header over 128 KiB",
        join({
          ...p,
          stanzas: [
            ...p.stanzas,
            `-> pad\n${`${"A".repeat(64)}\n`.repeat(MAX_HEADER_BYTES / 65 + 1)}\n`,
          ],
        }),
      ],
      [
        "a stanza line over 4 KiB",
        join({
          ...p,
          stanzas: [`-> mlkem768x25519 ${"A".repeat(5000)}\n\n`, ...p.stanzas.slice(1)],
        }),
      ],
      // Wrong kinds: one stanza of another type in place of one of ours.
      [
        "an X25519 stanza among post-quantum ones",
        join({
          ...p,
          stanzas: [...p.stanzas.slice(0, -1), `-> X25519 ${"A".repeat(43)}\n${"A".repeat(43)}\n`],
        }),
      ],
      [
        "an scrypt stanza",
        join({
          ...p,
          stanzas: [
            ...p.stanzas.slice(0, -1),
            `-> scrypt ${"A".repeat(22)} 18\n${"A".repeat(43)}\n`,
          ],
        }),
      ],
      [
        "a stanza of an unknown type",
        join({ ...p, stanzas: [...p.stanzas.slice(0, -1), "-> ssh-ed25519 AAAA\n\n"] }),
      ],
      [
        "a stanza for a stranger, one too many",
        await encryptBytes([...conv.replyTo, stranger], Buffer.from("x")),
      ],
      // The MAC line: present but malformed.
      ["a short MAC", join({ ...p, mac: `--- ${"A".repeat(42)}\n` })],
      ["a long MAC", join({ ...p, mac: `--- ${"A".repeat(44)}\n` })],
      ["a MAC that is not base64", join({ ...p, mac: `--- ${"!".repeat(43)}\n` })],
      ["trailing data on the MAC line", join({ ...p, mac: `${p.mac.slice(0, -1)} trailing\n` })],
      [
        "no MAC line",
        Buffer.concat([Buffer.from(p.version + p.stanzas.join(""), "latin1"), p.payload]),
      ],
      // Versions and line endings.
      ["version v2", Buffer.concat([Buffer.from("age-encryption.org/v2\n"), good.subarray(22)])],
      [
        "CRLF line endings",
        Buffer.from(join(p).toString("latin1").replace(/\n/g, "\r\n"), "latin1"),
      ],
      [
        "a NUL in a stanza argument",
        join({ ...p, stanzas: [p.stanzas[0]!.replace(" ", " \u0000"), ...p.stanzas.slice(1)] }),
      ],
      // Armor: the API takes binary age only (age spec §"ASCII armor" is for the CLI).
      ["armored", Buffer.from(armored)],
      ["armored, CRLF", Buffer.from(armored.replace(/\n/g, "\r\n"))],
      ["armored, after a blank line", Buffer.from(`\n${armored}`)],
      [
        "armored, lower case",
        Buffer.from(armored.replace(/AGE ENCRYPTED FILE/g, "age encrypted file")),
      ],
      ["armored without its end line", Buffer.from(lines(armored).slice(0, -2).join("\n"))],
      ["armored, then binary", Buffer.concat([Buffer.from(armored), good])],
      ["the armor's first line only", Buffer.from("-----BEGIN AGE ENCRYPTED FILE-----\n")],
    ];
    for (const [what, body] of cases) {
      await unchanged(f, what, async () => {
        assertError(await send(body), 400, "reply_invalid", what);
      });
    }
    await assertHealthy(f);
  });

  test("a valid reply is still stored after all of that", async () => {
    const was = await recipientState(f);
    const r = await send(good);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const now = await recipientState(f);
    assert.equal(now.replies, was.replies + 1);
    assert.equal(now.tempFiles, 0);
    // Every reply opens: the page has no note about unreadable ones.
    const page = await source.request("/en/submit");
    assert.equal(page.status, 200, `code ${errorCode(page)}`);
    assert.ok(page.html.includes("a good reply"));
    assert.ok(!page.html.includes('id="replies-unreadable"'), "no unreadable-replies note");
  });

  test("what only a key can see (bad MAC, trailing bytes, a stranger's stanza) is stored; the source's page still opens", async () => {
    const stranger = await toRecipient(await generateIdentity("pq"));
    const unreadable: [string, Buffer][] = [
      ["a wrong MAC", wrongMac(await encryptBytes(conv.replyTo, Buffer.from("bad mac")))],
      [
        "bytes after the payload",
        Buffer.concat([
          await encryptBytes(conv.replyTo, Buffer.from("padded")),
          Buffer.from("trailing"),
        ]),
      ],
      [
        "a truncated payload",
        (await encryptBytes(conv.replyTo, randomBytes(100 * 1024))).subarray(0, -100),
      ],
      [
        "a stranger's key in place of the source's",
        await encryptBytes([...conv.replyTo.slice(0, -1), stranger], Buffer.from("x")),
      ],
    ];
    const unreadableLogs = (): number =>
      f.logs.filter((l) => l === "level=info event=reply_unreadable").length;
    /** The text of the page's #replies-unreadable note, or null when there is none. */
    const note = (html: string): string | null =>
      /<p class="notice" id="replies-unreadable">([^<]*)<\/p>/.exec(html)?.[1] ?? null;
    for (const [i, [what, body]] of unreadable.entries()) {
      const was = await recipientState(f);
      const r = await send(body);
      // The server holds no key: it cannot tell these from a good reply (SECURITY.md).
      assert.equal(r.status, 201, `${what}: ${JSON.stringify(r.body)}`);
      assert.equal((await recipientState(f)).replies, was.replies + 1);
      if (i === 0) {
        // One unreadable reply: the singular note.
        const one = await source.request("/en/submit");
        assert.equal(one.status, 200, `code ${errorCode(one)}`);
        assert.match(note(one.html) ?? "", /^One of our replies could not be opened\./);
      }
    }
    const logged = unreadableLogs();
    const page = await source.request("/en/submit");
    assert.equal(page.status, 200, `the source's page opens (code ${errorCode(page)})`);
    assert.match(page.html, /id="submission"/);
    assert.ok(page.html.includes("a good reply"), "the readable reply is shown");
    const shown = page.html.match(/\/replies\/[0-9a-f]{32}\/delete/g) ?? [];
    assert.equal(shown.length, 1, "only the readable reply is listed");
    assert.equal(unreadableLogs() - logged, unreadable.length);
    // The source is told how many did not open, above the list, inside #replies.
    const text = note(page.html);
    assert.ok(text !== null, "the unreadable-replies note is shown");
    assert.match(text, new RegExp(`^${unreadable.length} of our replies could not be opened\\.`));
    const section = /<section id="replies">[\s\S]*?<\/section>/.exec(page.html)?.[0] ?? "";
    assert.ok(
      section.indexOf('id="replies-unreadable"') !== -1 &&
        section.indexOf('id="replies-unreadable"') < section.indexOf('class="reply"'),
      "the note is inside #replies, above the list",
    );
    // In another language, with that language's plural form.
    const ru = await source.request("/ru/submit");
    assert.match(note(ru.html) ?? "", new RegExp(`^Не удалось открыть ${unreadable.length} из`));
    await assertHealthy(f);
  });
});
