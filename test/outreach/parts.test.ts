/** The kit's small parts: PNG writing, the QR code's pixels, slide timing and SubRip output. */
import assert from "node:assert/strict";
import { inflateSync } from "node:zlib";
import { describe, test } from "node:test";
import { generateOnionKey } from "../../src/crypto/index.ts";
import { localeKit, type KitIdentity } from "../../src/outreach/locale-kit.ts";
import { encodeGrayPng, pngSize } from "../../src/outreach/png.ts";
import { QUIET_ZONE, qrMatrix, qrPng, qrSvg } from "../../src/outreach/qr.ts";
import { fillTemplates, KIT_KEYS, type KitKey } from "../../src/outreach/texts.ts";
import {
  FPS,
  MAX_TOTAL,
  MIN_TOTAL,
  slides,
  srtTime,
  timeSlides,
  toSrt,
} from "../../src/outreach/timeline.ts";
import { fixtureTexts, parseSrt } from "./fixtures.ts";

/** Decodes our own grayscale PNG (filter 0 rows) back to pixels. */
function decodeGray(png: Buffer): { width: number; height: number; px: Uint8Array } {
  const { width, height } = pngSize(png);
  assert.equal(png[24], 8, "bit depth 8");
  assert.equal(png[25], 0, "grayscale");
  const idat = png.indexOf("IDAT");
  const len = png.readUInt32BE(idat - 4);
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + len));
  const px = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    assert.equal(raw[y * (width + 1)], 0, "filter type 0");
    px.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, px };
}

const ID: KitIdentity = {
  org: "Demo Newsroom",
  address: generateOnionKey().address,
  fingerprint: "3F2A 9C01 0000 1111 2222 3333 4444 5555 6666 7777 8888 9999 AAAA BBBB CCCC DDEF",
  publicKey: Buffer.alloc(32).toString("base64"),
  qr: qrMatrix("http://example.onion/"),
};

describe("png and qr", () => {
  test("PNG: size in IHDR, bad input refused", () => {
    const png = encodeGrayPng(3, 2, new Uint8Array([0, 1, 2, 3, 4, 5]));
    assert.deepEqual(pngSize(png), { width: 3, height: 2 });
    assert.deepEqual([...decodeGray(png).px], [0, 1, 2, 3, 4, 5]);
    assert.throws(() => encodeGrayPng(3, 2, new Uint8Array(5)), RangeError);
    assert.throws(() => pngSize(Buffer.from("GIF89a........................")), /not a PNG/);
  });

  test("QR PNG: whole-pixel modules that match the matrix, a white quiet zone of 4", () => {
    const m = qrMatrix(`http://${ID.address}/`);
    const scale = 5;
    const { width, px } = decodeGray(qrPng(m, scale));
    assert.equal(width, (m.size + 2 * QUIET_ZONE) * scale);
    for (let y = 0; y < width; y++) {
      for (let x = 0; x < width; x++) {
        const r = Math.floor(y / scale) - QUIET_ZONE;
        const c = Math.floor(x / scale) - QUIET_ZONE;
        const inside = r >= 0 && c >= 0 && r < m.size && c < m.size;
        const dark = inside && m.isDark(r, c);
        assert.equal(px[y * width + x], dark ? 0 : 255);
      }
    }
  });

  test("QR SVG: one path, crisp edges, viewBox with the quiet zone", () => {
    const m = qrMatrix(`http://${ID.address}/`);
    const svg = qrSvg(m);
    const n = m.size + 2 * QUIET_ZONE;
    assert.ok(svg.includes(`viewBox="0 0 ${n} ${n}"`));
    assert.ok(svg.includes('shape-rendering="crispEdges"'));
    assert.equal(svg.match(/<path /g)?.length, 1);
  });
});

describe("timeline", () => {
  const kit = localeKit("en", ID, fixtureTexts);

  test("slides: title, five steps, address, verify, outro", () => {
    assert.deepEqual(
      slides(kit).map((s) => s.kind),
      ["title", "step", "step", "step", "step", "step", "address", "verify", "outro"],
    );
  });

  for (const [name, text] of [
    ["very short", "Go."],
    ["very long", "This sentence is far too long to be read quickly. ".repeat(8)],
  ] as const) {
    test(`${name} texts still give a 30–60 s video on whole frames`, () => {
      const templates = Object.fromEntries(KIT_KEYS.map((k) => [k, text])) as Record<
        KitKey,
        string
      >;
      const k = localeKit("en", ID, (_, p) => fillTemplates(templates, p));
      const timed = timeSlides(slides(k));
      const total = timed.at(-1)!.end;
      assert.ok(total >= MIN_TOTAL && total <= MAX_TOTAL, `${total} s`);
      for (const s of timed) {
        assert.ok(s.end > s.start);
        assert.equal(Math.round(s.start * FPS), s.start * FPS, "on a frame");
      }
      const address = timed.find((s) => s.kind === "address")!;
      assert.ok(address.end - address.start >= 8, "time to scan or copy the address");
    });
  }

  test("SRT: times, numbering, no bidi controls; parses back", () => {
    assert.equal(srtTime(3723.5), "01:02:03,500");
    const timed = timeSlides(slides(localeKit("ar", ID, fixtureTexts)));
    const cues = parseSrt(toSrt(timed));
    assert.equal(cues.length, timed.length);
    assert.equal(cues.at(-1)!.end, timed.at(-1)!.end);
    assert.ok(!/[\u2066-\u2069]/.test(toSrt(timed)));
  });
});
