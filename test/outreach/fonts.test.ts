/**
 * Font coverage: every character the kit draws, in every locale, has a glyph
 * in the font the kit draws it with; an organization name in a script the
 * kit's fonts lack is refused with the characters and the locale named,
 * before anything is drawn.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { create } from "fontkit";
import { generateOnionKey } from "../../src/crypto/index.ts";
import { LOCALES } from "../../src/i18n/index.ts";
import { buildKit } from "../../src/outreach/build.ts";
import { PosternError } from "../../src/protocol/errors.ts";
import {
  coverage,
  extractCollectionFace,
  FontLibrary,
  fontStack,
} from "../../src/outreach/fonts.ts";
import { drawnText, localeKit, type KitIdentity } from "../../src/outreach/locale-kit.ts";
import { qrMatrix } from "../../src/outreach/qr.ts";
import { catalogueKitTexts, type KitTextSource } from "../../src/outreach/texts.ts";
import { fixtureTexts, makeInstance, removeTempDirs, tempDir } from "./fixtures.ts";

const ID: KitIdentity = {
  org: "Demo Newsroom",
  address: generateOnionKey().address,
  fingerprint: "3F2A 9C01 0000 1111 2222 3333 4444 5555 6666 7777 8888 9999 AAAA BBBB CCCC DDEF",
  publicKey: Buffer.alloc(32).toString("base64"),
  qr: qrMatrix("http://example.onion/"),
};

/** The catalogue's texts when it has the kit keys for this locale; null while it does not. */
function catalogueOrNull(locale: string): KitTextSource | null {
  try {
    catalogueKitTexts(locale, ID);
    return catalogueKitTexts;
  } catch (e) {
    if (e instanceof PosternError) return null;
    throw e;
  }
}

describe("font coverage", async () => {
  after(removeTempDirs);
  const lib = new FontLibrary(await tempDir("postern-fonts-"));

  for (const { tag } of LOCALES) {
    test(`${tag}: every character of the kit text has a glyph in the font that draws it`, async (t) => {
      const stack = await lib.stack(tag);
      assert.deepEqual(
        stack.map((f) => f.spec.family),
        fontStack(tag).map((f) => f.family),
      );
      const sources: [string, KitTextSource][] = [["fixture texts", fixtureTexts]];
      const cat = catalogueOrNull(tag);
      if (cat !== null) sources.push(["i18n catalogue", cat]);
      else t.diagnostic(`${tag}: the i18n catalogue has no kit texts yet; fixture texts only`);
      for (const [name, source] of sources) {
        const text = drawnText(localeKit(tag, ID, source));
        const c = coverage(text, stack);
        assert.deepEqual(c.missing, [], `${tag} ${name}: characters without a glyph`);
        // Independently of coverage(): ask each face for each character it is said to draw.
        for (const ch of new Set(text)) {
          const family = c.drawnBy.get(ch);
          if (family === undefined) continue; // not drawn: controls, isolates, ZWNJ
          const faces = stack.find((f) => f.spec.family === family)!.faces;
          for (const face of faces)
            assert.ok(
              face.font.hasGlyphForCodePoint(ch.codePointAt(0)!),
              `${tag}: ${face.postscriptName} has "${ch}"`,
            );
        }
        // The script's own letters come from the locale's own font, not from a fallback.
        const primary = stack[0]!.spec.family;
        const letters = Array.from(text).filter((ch) => /\p{L}/u.test(ch) && !/[A-Za-z]/.test(ch));
        for (const ch of letters)
          assert.equal(c.drawnBy.get(ch), primary, `${tag}: "${ch}" drawn by ${primary}`);
      }
    });
  }

  test("CJK faces come out of the collection as the face asked for", async () => {
    const stack = await lib.stack("zh-Hant");
    const face = stack[0]!.faces[0]!;
    assert.equal(face.postscriptName, "NotoSansCJKtc-Regular");
    assert.ok(face.file.endsWith(".otf"));
    const standalone = create(await readFile(face.file));
    assert.ok(
      "postscriptName" in standalone && standalone.postscriptName === "NotoSansCJKtc-Regular",
    );
    assert.ok("numGlyphs" in standalone && standalone.numGlyphs === face.font.numGlyphs);
    assert.throws(() => extractCollectionFace(Buffer.from("ttcf\0\0\0\0"), 0), PosternError);
  });

  for (const [script, name, sample] of [
    ["Ethiopic", "የኢትዮጵያ ዜና", "የ"],
    ["Tibetan", "བོད་ཀྱི་གསར་འགྱུར", "བ"],
  ] as const) {
    test(`an organization name in ${script} is refused, naming the characters and the locale`, async () => {
      const inst = await makeInstance(name);
      const out = join(inst.dir, "..", "kit");
      await assert.rejects(
        buildKit({
          dataDir: inst.dir,
          outDir: out,
          locales: ["en", "ar"],
          address: inst.address,
          texts: fixtureTexts,
        }),
        (e: unknown) => {
          assert.ok(e instanceof PosternError);
          assert.match(e.message, /organization name/);
          assert.match(e.message, /locale "en"/);
          assert.ok(
            e.message.includes(
              `"${sample}" U+${sample.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
            ),
            e.message,
          );
          assert.match(e.message, /Noto Sans/);
          return true;
        },
      );
      assert.equal(existsSync(out), false, "nothing was written");
    });
  }
});
