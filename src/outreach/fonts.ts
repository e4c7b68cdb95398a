/**
 * Real fonts for the kit's images and videos: an explicit Noto family per
 * locale (Debian's fonts-noto-core and fonts-noto-cjk), loaded by file into
 * Chromium, and a coverage check before anything is drawn, so a character no
 * font has is an error that names it, never a box ("tofu") in a video.
 */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { create, type Font } from "fontkit";
import { PosternError } from "../protocol/errors.ts";

export interface FontFamilySpec {
  /** The family name in the font's name table, as Chromium reports it. */
  readonly family: string;
  /** PostScript names of the two weights used: 400 and 700. */
  readonly regular: string;
  readonly bold: string;
  /** The Debian package that ships it, for the error message. */
  readonly debianPackage: string;
}

const NOTO_SANS: FontFamilySpec = {
  family: "Noto Sans",
  regular: "NotoSans-Regular",
  bold: "NotoSans-Bold",
  debianPackage: "fonts-noto-core",
};
const NASKH: FontFamilySpec = {
  family: "Noto Naskh Arabic",
  regular: "NotoNaskhArabic-Regular",
  bold: "NotoNaskhArabic-Bold",
  debianPackage: "fonts-noto-core",
};
const cjk = (region: "SC" | "TC" | "KR"): FontFamilySpec => ({
  family: `Noto Sans CJK ${region}`,
  regular: `NotoSansCJK${region.toLowerCase()}-Regular`,
  bold: `NotoSansCJK${region.toLowerCase()}-Bold`,
  debianPackage: "fonts-noto-cjk",
});

/**
 * The fonts a locale's kit is drawn with, in CSS fallback order. Noto Sans
 * comes last for the Latin a non-Latin locale still shows: the onion address,
 * the key fingerprint, a Latin organization name.
 */
export function fontStack(locale: string): readonly FontFamilySpec[] {
  switch (locale) {
    case "zh-Hans":
      return [cjk("SC"), NOTO_SANS];
    case "zh-Hant":
      return [cjk("TC"), NOTO_SANS];
    case "ko":
      return [cjk("KR"), NOTO_SANS];
    case "fa":
    case "ar":
      return [NASKH, NOTO_SANS];
    default:
      return [NOTO_SANS];
  }
}

interface Installed {
  readonly file: string;
  /** Face index inside a collection (.ttc), 0 otherwise. */
  readonly index: number;
}

/** One face, opened: fontkit for coverage, a file Chromium can load. */
export interface LoadedFace {
  readonly postscriptName: string;
  readonly family: string;
  readonly weight: 400 | 700;
  readonly font: Font;
  /** A file holding just this face (collections are split: Chromium loads face 0 only). */
  readonly file: string;
}

/** A locale's families in fallback order, each with its two weights opened. */
export type LoadedStack = readonly {
  readonly spec: FontFamilySpec;
  readonly faces: readonly LoadedFace[];
}[];

/**
 * Finds and opens the kit's fonts, once per build. Faces inside collections
 * are written as standalone files into `workDir`.
 */
export class FontLibrary {
  readonly #workDir: string;
  #installed: Map<string, Installed> | null = null;
  readonly #files = new Map<string, Promise<Buffer>>();
  readonly #faces = new Map<string, Promise<LoadedFace>>();

  constructor(workDir: string) {
    this.#workDir = workDir;
  }

  /** Both weights of every family of the locale's stack, in fallback order. */
  async stack(locale: string): Promise<LoadedStack> {
    return Promise.all(
      fontStack(locale).map(async (spec) => ({
        spec,
        faces: await Promise.all([this.#face(spec, 400), this.#face(spec, 700)]),
      })),
    );
  }

  #face(spec: FontFamilySpec, weight: 400 | 700): Promise<LoadedFace> {
    const name = weight === 400 ? spec.regular : spec.bold;
    let p = this.#faces.get(name);
    if (p === undefined) {
      p = this.#load(spec, name, weight);
      this.#faces.set(name, p);
    }
    return p;
  }

  async #load(spec: FontFamilySpec, name: string, weight: 400 | 700): Promise<LoadedFace> {
    const at = (await this.#list()).get(name);
    if (at === undefined)
      throw new PosternError(
        "tool_missing",
        `font ${spec.family} (${name}) is not installed: apt-get install ${spec.debianPackage}`,
      );
    const bytes = await this.#read(at.file);
    const collection = bytes.toString("latin1", 0, 4) === "ttcf";
    // fontkit reads the second argument as a face name in a collection, a variation otherwise.
    const opened = collection ? create(bytes, name) : create(bytes);
    if (!("hasGlyphForCodePoint" in opened) || opened.postscriptName !== name)
      throw new PosternError("font_invalid", `${at.file} does not hold the font ${name}`);
    let file = at.file;
    if (collection) {
      file = join(this.#workDir, `${name}.otf`);
      await writeFile(file, extractCollectionFace(bytes, at.index));
    }
    return { postscriptName: name, family: spec.family, weight, font: opened, file };
  }

  #read(file: string): Promise<Buffer> {
    let p = this.#files.get(file);
    if (p === undefined) {
      p = readFile(file);
      this.#files.set(file, p);
    }
    return p;
  }

  /** PostScript name → file and face index, from fontconfig. */
  async #list(): Promise<Map<string, Installed>> {
    if (this.#installed !== null) return this.#installed;
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)(
        "fc-list",
        ["-f", "%{postscriptname}\t%{index}\t%{file}\n"],
        { maxBuffer: 16 * 1024 * 1024 },
      ));
    } catch {
      throw new PosternError(
        "tool_missing",
        "fc-list failed: install fontconfig and the Noto fonts",
      );
    }
    const map = new Map<string, Installed>();
    for (const line of stdout.split("\n")) {
      const [ps, index, file] = line.split("\t");
      if (ps && file && !map.has(ps)) map.set(ps, { file, index: Number(index) || 0 });
    }
    this.#installed = map;
    return map;
  }
}

/**
 * Copies face `index` of an OpenType collection into a standalone font
 * (OpenType §"Font Collections": the TTC header lists one table directory
 * per face; tables are shared and addressed by absolute offsets).
 * @throws PosternError on a truncated or malformed collection.
 */
export function extractCollectionFace(ttc: Buffer, index: number): Buffer {
  const bad = (): never => {
    throw new PosternError("font_invalid", "malformed font collection");
  };
  if (ttc.length < 16 || ttc.toString("latin1", 0, 4) !== "ttcf") bad();
  const faces = ttc.readUInt32BE(8);
  if (!Number.isInteger(index) || index < 0 || index >= faces || 12 + 4 * faces > ttc.length) bad();
  const dir = ttc.readUInt32BE(12 + 4 * index);
  if (dir + 12 > ttc.length) bad();
  const numTables = ttc.readUInt16BE(dir + 4);
  const headerLength = 12 + 16 * numTables;
  if (dir + headerLength > ttc.length) bad();
  const header = Buffer.alloc(headerLength);
  ttc.copy(header, 0, dir, dir + 12);
  const bodies: Buffer[] = [];
  let offset = headerLength;
  for (let i = 0; i < numTables; i++) {
    const rec = dir + 12 + 16 * i;
    const from = ttc.readUInt32BE(rec + 8);
    const length = ttc.readUInt32BE(rec + 12);
    if (from + length > ttc.length) bad();
    ttc.copy(header, 12 + 16 * i, rec, rec + 8); // tag and checksum: the table is unchanged
    header.writeUInt32BE(offset, 12 + 16 * i + 8);
    header.writeUInt32BE(length, 12 + 16 * i + 12);
    const body = Buffer.alloc((length + 3) & ~3); // tables start on 4-byte boundaries
    ttc.copy(body, 0, from, from + length);
    bodies.push(body);
    offset += body.length;
  }
  return Buffer.concat([header, ...bodies]);
}

/** Characters that are never drawn: controls, format characters (ZWNJ, bidi isolates), line breaks. */
const NOT_DRAWN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export interface Coverage {
  /** Characters no font of the stack has, in order of appearance, unique. */
  readonly missing: readonly string[];
  /** Which face draws each character (the first of the stack that has it, as CSS does). */
  readonly drawnBy: ReadonlyMap<string, string>;
}

/** Checks every character of `text` against the faces, in fallback order, both weights. */
export function coverage(
  text: string,
  stack: readonly { faces: readonly LoadedFace[] }[],
): Coverage {
  const missing: string[] = [];
  const drawnBy = new Map<string, string>();
  for (const ch of new Set(text)) {
    if (NOT_DRAWN.test(ch)) continue;
    const cp = ch.codePointAt(0) ?? 0;
    const family = stack.find((f) => f.faces.every((face) => face.font.hasGlyphForCodePoint(cp)));
    if (family === undefined) missing.push(ch);
    else drawnBy.set(ch, family.faces[0]?.family ?? "");
  }
  return { missing, drawnBy };
}

/** "ሰ" U+1230, "ላ" U+120B, … (at most 12). */
export function describeCharacters(chars: readonly string[]): string {
  const shown = chars
    .slice(0, 12)
    .map((c) => `"${c}" U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  return shown.join(", ") + (chars.length > 12 ? `, and ${chars.length - 12} more` : "");
}

/** `@font-face` rules for the stack and the `font-family` list that uses them. */
export function fontFaceCss(stack: LoadedStack): {
  css: string;
  families: string;
} {
  const rules: string[] = [];
  const names: string[] = [];
  stack.forEach((f, i) => {
    const name = `postern-kit-${i}`;
    names.push(`"${name}"`);
    for (const face of f.faces) {
      const format = face.file.endsWith(".ttf") ? "truetype" : "opentype";
      rules.push(
        `@font-face{font-family:"${name}";src:url("${pathToFileURL(face.file).href}") format("${format}");font-weight:${face.weight};font-style:normal;font-display:block}`,
      );
    }
  });
  return { css: rules.join("\n"), families: names.join(",") };
}
