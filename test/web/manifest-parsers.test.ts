/**
 * The two readers of a decrypted manifest, the CLI's (src/core/decrypt.ts)
 * and the web app's (src/web/recipient/app/manifest.ts), on one table: both
 * accept or both refuse, and agree on each file's digest. A reader that
 * accepted what the other refuses would let a forger pick the weaker one.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseManifest as cliParse } from "../../src/core/decrypt.ts";
import { parseManifest as appParse } from "../../src/client/manifest.ts";

const blob = "0123456789abcdef0123456789abcdef";
const digest = "0f".repeat(32);
const file = { blob, name: "a.txt", type: "text/plain", size: 3, sha256: digest };
const older = { blob, name: "a.txt", type: "text/plain", size: 3 };
const m = (files: unknown): string => JSON.stringify({ v: 1, message: "m", files });

/** Each case: the manifest text, and the digests of its files when it must be accepted. */
const cases: Record<string, { text: string; digests: (string | null)[] | null }> = {
  "a current file": { text: m([file]), digests: [digest] },
  "an older file, no sha256": { text: m([older]), digests: [null] },
  "older and current mixed": {
    text: m([older, { ...file, blob: "f".repeat(32) }]),
    digests: [null, digest],
  },
  "no files": { text: m([]), digests: [] },
  "sha256 null": { text: m([{ ...file, sha256: null }]), digests: null },
  "sha256 empty": { text: m([{ ...file, sha256: "" }]), digests: null },
  "sha256 upper-case": { text: m([{ ...file, sha256: digest.toUpperCase() }]), digests: null },
  "sha256 63 digits": { text: m([{ ...file, sha256: digest.slice(1) }]), digests: null },
  "sha256 65 digits": { text: m([{ ...file, sha256: `${digest}0` }]), digests: null },
  "sha256 not hex": { text: m([{ ...file, sha256: "g".repeat(64) }]), digests: null },
  "sha256 with a space": { text: m([{ ...file, sha256: ` ${digest.slice(1)}` }]), digests: null },
  "sha256 with a newline": { text: m([{ ...file, sha256: `${digest}\n` }]), digests: null },
  "sha256 a number": { text: m([{ ...file, sha256: 7 }]), digests: null },
  "sha256 an array": { text: m([{ ...file, sha256: [digest] }]), digests: null },
  "sha256 an object": { text: m([{ ...file, sha256: { hex: digest } }]), digests: null },
  "sha256 base64": {
    text: m([{ ...file, sha256: Buffer.from(digest, "hex").toString("base64") }]),
    digests: null,
  },
  "wrong version": { text: JSON.stringify({ v: 2, message: "m", files: [file] }), digests: null },
  "negative size": { text: m([{ ...file, size: -1 }]), digests: null },
};

test("the CLI's and the app's manifest readers agree, case by case", () => {
  for (const [label, { text, digests }] of Object.entries(cases)) {
    const results = [cliParse, appParse].map((parse) => {
      try {
        return parse(text).files.map((f) => f.sha256);
      } catch {
        return null;
      }
    });
    assert.deepEqual(results[0], digests, `CLI: ${label}`);
    assert.deepEqual(results[1], digests, `app: ${label}`);
  }
});
