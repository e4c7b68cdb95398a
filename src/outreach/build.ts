/**
 * `postern outreach build`: the whole kit for an instance (DESIGN §7).
 *
 *   OUT/<locale>/index.html            guide page (print: A4/Letter + card)
 *   OUT/<locale>/feed.png              1080×1350
 *   OUT/<locale>/story.png             1080×1920
 *   OUT/<locale>/video-vertical.mp4    1080×1920, H.264, 30–60 s
 *   OUT/<locale>/video-horizontal.mp4  1920×1080
 *   OUT/<locale>/video.srt             the videos' text and timing
 *   OUT/qr.svg, OUT/qr.png             the onion address as a QR code
 *   OUT/statement.txt                  what the kit states (statement.ts)
 *   OUT/statement.sig                  its signature, when the key is on this server (legacy)
 *   OUT/statement.unsigned             else: the key to sign it with, offline
 *                                      (`postern outreach sign`, offline-signing.ts)
 *
 * Everything is checked (locales, address, texts, font coverage) before
 * anything is drawn. The kit is built in a folder beside OUT and moved into
 * place at the end: OUT never holds half a kit, or files of an older one.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { parseOnionAddress } from "../crypto/index.ts";
import { activeRecipients } from "../core/channels.ts";
import { utcDay } from "../runtime/clock.ts";
import { Instance } from "../core/instance.ts";
import { LOCALES } from "../i18n/index.ts";
import { readOnionAddress } from "../core/onion-address.ts";
import { PosternError } from "../protocol/errors.ts";
import {
  coverage,
  describeCharacters,
  fontFaceCss,
  FontLibrary,
  type LoadedStack,
} from "./fonts.ts";
import { guidePage } from "./guide-page.tsx";
import { renderDocument } from "./layouts.tsx";
import { drawnText, localeKit, onionUrl, type KitIdentity, type LocaleKit } from "./locale-kit.ts";
import { qrMatrix, qrPng, qrSvg } from "./qr.ts";
import { Renderer } from "./renderer.ts";
import { formatUnsignedMarker, UNSIGNED_FILE } from "./offline-signing.ts";
import { installedKey, keyFingerprint } from "./signing.ts";
import { formatStatement, recipientFingerprint, signStatement } from "./statement.ts";
import { catalogueKitTexts, type KitTextSource } from "./texts.ts";
import { slides, timeSlides, toSrt, totalSeconds } from "./timeline.ts";
import { encodeSlides, TaskPool } from "./video.ts";

export interface BuildProgress {
  /** Steps done and steps in all: a locale's drawing, and each video, is a step. */
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export interface BuildOptions {
  readonly dataDir: string;
  readonly outDir: string;
  /** Locale tags; all twelve when absent. */
  readonly locales?: readonly string[];
  /** An onion address to use instead of the instance's source onion. */
  readonly address?: string;
  /** Where the words come from; the i18n catalogue unless a test injects them. */
  readonly texts?: KitTextSource;
  readonly progress?: (p: BuildProgress) => void;
  /** How many ffmpeg jobs run at once; one per CPU by default. */
  readonly jobs?: number;
  readonly now?: Date;
}

export interface BuildResult {
  readonly outDir: string;
  readonly locales: readonly string[];
  readonly address: string;
  readonly fingerprint: string;
  readonly recipientKeys: number;
  /** False when the statement awaits `postern outreach sign` on the offline machine. */
  readonly signed: boolean;
  /** A private signing key still in the data folder (legacy): the operator must move it off. */
  readonly privateKeyFile: string | null;
  readonly seconds: number;
}

/**
 * `--lang en,fa`: known locale tags (any case), each once, in the order given.
 * @throws PosternError (usage) for an empty list or an unknown tag.
 */
export function parseLocaleList(text: string): string[] {
  const tags = text
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (tags.length === 0) throw new PosternError("usage", "--lang needs at least one language");
  const out: string[] = [];
  for (const tag of tags) {
    const known = LOCALES.find((l) => l.tag.toLowerCase() === tag.toLowerCase());
    if (known === undefined)
      throw new PosternError(
        "usage",
        `unknown language "${tag.slice(0, 40)}" in --lang; the kit speaks ${LOCALES.map((l) => l.tag).join(", ")}`,
      );
    if (!out.includes(known.tag)) out.push(known.tag);
  }
  return out;
}

/**
 * Accepts `xyz….onion`, with or without `http://` and a final `/`.
 * @throws PosternError (usage) unless it is a v3 onion address with a valid checksum.
 */
export function parseAddressFlag(text: string): string {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/\/$/, "");
  const host = t.endsWith(".onion") ? t : `${t}.onion`;
  if (/^[a-z2-7]{16}\.onion$/.test(host))
    throw new PosternError(
      "usage",
      `--address "${text.slice(0, 80)}" is a v2 onion address; Tor no longer supports them: use a v3 address (56 characters)`,
    );
  if (parseOnionAddress(host) === null)
    throw new PosternError(
      "usage",
      `--address "${text.slice(0, 80)}" is not a v3 onion address (56 characters of a–z and 2–7, then .onion, with a valid checksum)`,
    );
  return host;
}

/** OUT must not exist, be empty, or hold an earlier kit (it is replaced). */
async function checkOutDir(out: string): Promise<void> {
  if (!existsSync(out)) return;
  let names: string[];
  try {
    names = await readdir(out);
  } catch {
    throw new PosternError("usage", `--out ${out} is not a folder`);
  }
  if (names.length > 0 && !names.includes("statement.txt"))
    throw new PosternError(
      "usage",
      `--out ${out} is not empty and holds no earlier kit; choose a new or empty folder`,
    );
}

/** @throws PosternError for any problem found before drawing, or while drawing or encoding. */
export async function buildKit(opts: BuildOptions): Promise<BuildResult> {
  const started = Date.now();
  const locales = opts.locales ?? LOCALES.map((l) => l.tag);
  if (locales.length === 0) throw new PosternError("usage", "no language to build");
  const outDir = resolve(opts.outDir);
  await checkOutDir(outDir);
  const inst = await Instance.open(opts.dataDir);
  let org: string;
  let recipients: string[];
  try {
    org = inst.config.orgName;
    recipients = await activeRecipients(inst.db);
  } finally {
    await inst.close();
  }
  const address =
    opts.address !== undefined
      ? parseAddressFlag(opts.address)
      : await readOnionAddress(inst.dir, "source");
  if (address === null)
    throw new PosternError(
      "usage",
      `no source onion address in ${opts.dataDir}: run "postern onion init --data ${opts.dataDir}" first, or pass --address <v3 onion address>`,
    );
  if (parseOnionAddress(address) === null)
    throw new PosternError(
      "onion_address_invalid",
      `the instance's source onion "${address}" is not a v3 onion address`,
    );
  const key = await installedKey(inst.dir);
  if (key === null)
    throw new PosternError(
      "usage",
      `no outreach signing key for ${opts.dataDir}: make one on an offline machine (postern outreach key --new --key-file FILE), then install its public key here (postern outreach key --data ${opts.dataDir} --set PUBLIC_KEY)`,
    );
  const statement = formatStatement({
    organization: org,
    onion: address,
    recipientKeys: recipients.map(recipientFingerprint),
    date: utcDay(opts.now),
  });
  const id: KitIdentity = {
    org,
    address,
    fingerprint: keyFingerprint(key.publicKey),
    publicKey: key.publicKey.toString("base64"),
    qr: qrMatrix(onionUrl(address)),
  };
  const texts = opts.texts ?? catalogueKitTexts;
  const kits = locales.map((l) => localeKit(l, id, texts));

  const work = await mkdtemp(join(tmpdir(), "postern-kit-"));
  const staging = join(
    dirname(outDir),
    `.${basename(outDir)}.partial-${randomBytes(4).toString("hex")}`,
  );
  try {
    const fonts = new FontLibrary(work);
    const stacks = new Map<string, LoadedStack>();
    for (const k of kits) {
      const stack = await fonts.stack(k.locale);
      const names = stack.map((f) => f.spec.family).join(", ");
      const orgMissing = coverage(org, stack).missing;
      if (orgMissing.length > 0)
        throw new PosternError(
          "kit_texts_invalid",
          `the organization name has characters that the fonts for locale "${k.locale}" (${names}) cannot draw: ${describeCharacters(orgMissing)}; the kit would show them as empty boxes`,
        );
      const missing = coverage(drawnText(k), stack).missing;
      if (missing.length > 0)
        throw new PosternError(
          "kit_texts_invalid",
          `the kit texts for locale "${k.locale}" have characters that its fonts (${names}) cannot draw: ${describeCharacters(missing)}`,
        );
      stacks.set(k.locale, stack);
    }

    await mkdir(staging, { recursive: true }); // and OUT's parent, if new
    await writeFile(join(staging, "statement.txt"), statement);
    if (key.serverKey !== null)
      await writeFile(join(staging, "statement.sig"), signStatement(key.serverKey, statement));
    else await writeFile(join(staging, UNSIGNED_FILE), formatUnsignedMarker(key.publicKey));
    await writeFile(join(staging, "qr.svg"), qrSvg(id.qr));
    await writeFile(join(staging, "qr.png"), qrPng(id.qr));
    for (const k of kits) {
      await mkdir(join(staging, k.locale));
      await writeFile(join(staging, k.locale, "index.html"), guidePage(k));
    }

    const total = kits.length * 3;
    let done = 0;
    const step = (label: string): void => {
      done++;
      opts.progress?.({ done, total, label });
    };
    opts.progress?.({ done, total, label: "checked texts and fonts; drawing" });
    const pool = new TaskPool(opts.jobs ?? Math.max(1, availableParallelism()));
    const videos: Promise<void>[] = [];
    let failure: unknown = null;
    const track = (p: Promise<void>): void => {
      p.catch((e: unknown) => (failure ??= e));
      videos.push(p);
    };
    try {
      const renderer = await Renderer.launch();
      try {
        for (const k of kits) {
          if (failure !== null) break;
          const stack = stacks.get(k.locale) ?? [];
          opts.progress?.({ done, total, label: `${k.locale}: drawing images and slides` });
          for (const v of await drawLocale(renderer, k, stack, work, staging, pool, step)) track(v);
          step(`${k.locale}: images and slides drawn`);
        }
      } finally {
        await renderer.close();
      }
    } catch (e) {
      // Let running encoders finish before their folders go.
      await Promise.allSettled(videos);
      throw e;
    }
    await Promise.all(videos);
    await replaceOutDir(staging, outDir);
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
  }
  return {
    outDir,
    locales,
    address,
    fingerprint: id.fingerprint,
    recipientKeys: recipients.length,
    signed: key.serverKey !== null,
    privateKeyFile: key.privateKeyFile,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Draws one locale and queues its two videos; returns the videos' promises. */
async function drawLocale(
  renderer: Renderer,
  k: LocaleKit,
  stack: LoadedStack,
  work: string,
  staging: string,
  pool: TaskPool,
  step: (label: string) => void,
): Promise<Promise<void>[]> {
  const dir = join(work, k.locale);
  const out = join(staging, k.locale);
  await mkdir(dir);
  const timed = timeSlides(slides(k));
  const doc = renderDocument(k, timed, fontFaceCss(stack));
  const file = join(dir, "render.html");
  await writeFile(file, doc.html);
  const allowed = new Set(stack.flatMap((f) => f.faces.map((face) => face.postscriptName)));
  await renderer.capture(file, doc.frames, allowed, `locale ${k.locale}`, async (frame, png) => {
    const target =
      frame.name === "feed" || frame.name === "story"
        ? join(out, `${frame.name}.png`)
        : join(dir, `${frame.name}.png`);
    await writeFile(target, png);
  });
  await writeFile(join(out, "video.srt"), toSrt(timed));
  const video = (orientation: "vertical" | "horizontal"): Promise<void> =>
    pool.run(async () => {
      await encodeSlides(
        timed.map((s, i) => ({
          file: join(dir, `${orientation}-${i}.png`),
          seconds: s.end - s.start,
        })),
        join(dir, `${orientation}.ffconcat`),
        join(out, `video-${orientation}.mp4`),
      );
      step(`${k.locale}: ${orientation} video (${totalSeconds(timed)} s)`);
    });
  return [video("vertical"), video("horizontal")];
}

/** Moves the finished kit into place; an earlier kit there is removed after the move. */
async function replaceOutDir(staging: string, outDir: string): Promise<void> {
  await checkOutDir(outDir);
  let old: string | null = null;
  if (existsSync(outDir)) {
    old = `${staging}.old`;
    await rename(outDir, old);
  }
  await rename(staging, outDir);
  if (old !== null) await rm(old, { recursive: true, force: true });
}
