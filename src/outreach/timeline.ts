/**
 * The video's slides, how long each stays up, and the matching subtitles.
 * Timing follows reading speed: a base time plus a time per character,
 * where a Han, kana or Hangul character counts double (it carries about a
 * word), clamped per slide, then the whole scaled into 30–60 s.
 */
import { STEP_KEYS, type LocaleKit } from "./locale-kit.ts";
import { withoutIsolates } from "./texts.ts";

export type SlideKind = "title" | "step" | "address" | "verify" | "outro";

export interface Slide {
  readonly kind: SlideKind;
  /** 1–5 for steps. */
  readonly step?: number;
  /** What the slide says, line by line: the subtitle text. */
  readonly lines: readonly string[];
}

export interface TimedSlide extends Slide {
  readonly start: number;
  readonly end: number;
}

/** Frames per second of the videos: still slides need few; durations are whole frames. */
export const FPS = 1;
export const MIN_TOTAL = 30;
export const MAX_TOTAL = 60;
const BASE = 2.5;
const PER_CHAR = 0.06;
const MIN_SLIDE = 4;
const MAX_SLIDE = 10;
/** Long enough to type the address from the screen, or to scan it. */
const MIN_ADDRESS_SLIDE = 9;

export function slides(k: LocaleKit): Slide[] {
  return [
    { kind: "title", lines: [k.t["kit.title"], k.t["kit.video_intro"]] },
    ...STEP_KEYS.map((key, i) => ({
      kind: "step" as const,
      step: i + 1,
      lines: [`${k.num(i + 1)}. ${k.t[key]}`],
    })),
    { kind: "address", lines: [k.t["kit.address_label"], k.address, k.t["kit.scan"]] },
    { kind: "verify", lines: [k.t["kit.verify"]] },
    { kind: "outro", lines: [k.t["kit.video_outro"]] },
  ];
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Reading weight: characters, with a wide (CJK) character counting double. */
export function readingWeight(text: string): number {
  let n = 0;
  for (const ch of withoutIsolates(text)) if (!/\s/.test(ch)) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Start and end of each slide, in seconds, on whole frames, total within 30–60 s. */
export function timeSlides(list: readonly Slide[]): TimedSlide[] {
  if (list.length === 0 || list.length > MIN_TOTAL * FPS)
    throw new RangeError(`timeSlides: 1–${MIN_TOTAL * FPS} slides`);
  const wanted = list.map((s) => {
    const d = clamp(BASE + PER_CHAR * readingWeight(s.lines.join(" ")), MIN_SLIDE, MAX_SLIDE);
    return s.kind === "address" ? Math.max(d, MIN_ADDRESS_SLIDE) : d;
  });
  const sum = wanted.reduce((a, b) => a + b, 0);
  const target = Math.round(clamp(sum, MIN_TOTAL + 1, MAX_TOTAL - 1) * FPS);
  let frames = wanted.map((d) => Math.max(1, Math.round((d * target) / sum)));
  // Scaling down must not take the address below its floor: it keeps that,
  // and the other slides share the rest in proportion.
  const a = list.findIndex((s) => s.kind === "address");
  const floor = MIN_ADDRESS_SLIDE * FPS;
  if (a >= 0 && (frames[a] ?? 0) < floor) {
    const rest = sum - (wanted[a] ?? 0);
    frames = wanted.map((d, i) =>
      i === a ? floor : Math.max(1, Math.round((d * (target - floor)) / rest)),
    );
  }
  // Rounding each slide to whole frames may miss the total: the longest other slide absorbs it.
  const others = frames.map((f, i) => (i === a ? 0 : f));
  const longest = others.indexOf(Math.max(...others));
  frames[longest] = (frames[longest] ?? 0) + target - frames.reduce((a, b) => a + b, 0);
  let t = 0;
  return list.map((s, i) => {
    const start = t;
    t += frames[i] ?? 1;
    return { ...s, start: start / FPS, end: t / FPS };
  });
}

export function totalSeconds(timed: readonly TimedSlide[]): number {
  return timed.at(-1)?.end ?? 0;
}

/** SRT time: HH:MM:SS,mmm. */
export function srtTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const p = (n: number, w = 2): string => String(n).padStart(w, "0");
  return `${p(Math.floor(ms / 3_600_000))}:${p(Math.floor(ms / 60_000) % 60)}:${p(Math.floor(ms / 1000) % 60)},${p(ms % 1000, 3)}`;
}

/** One subtitle line: no isolates (some players draw them as boxes), no blank lines (they end a cue). */
function subtitleLine(text: string): string {
  return withoutIsolates(text)
    .replace(/\s*\n\s*/g, " ")
    .trim();
}

/** SubRip subtitles: one cue per slide, the slide's text, the slide's times. */
export function toSrt(timed: readonly TimedSlide[]): string {
  return timed
    .map(
      (s, i) =>
        `${i + 1}\n${srtTime(s.start)} --> ${srtTime(s.end)}\n${s.lines.map(subtitleLine).join("\n")}\n`,
    )
    .join("\n");
}
