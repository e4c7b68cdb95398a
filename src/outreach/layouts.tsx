/**
 * What Chromium draws for one locale: the two social images and the video
 * slides in both orientations, laid out as fixed-size frames in one document
 * (the fonts load once per locale), each frame captured at its exact size.
 * No script: the document is markup and CSS only, escaped by Preact.
 */
import { render } from "preact-render-to-string";
import { QrSvg } from "./qr-svg.tsx";
import { STEP_KEYS, type LocaleKit } from "./locale-kit.ts";
import type { Slide } from "./timeline.ts";

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const FEED: Size = { width: 1080, height: 1350 };
export const STORY: Size = { width: 1080, height: 1920 };
export const VERTICAL: Size = { width: 1080, height: 1920 };
export const HORIZONTAL: Size = { width: 1920, height: 1080 };

export interface Frame extends Size {
  /** "feed", "story", "vertical-0", "horizontal-3", … */
  readonly name: string;
  readonly y: number;
}

const CSS = `
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { background: #fff; }
body { width: 1920px; position: relative; font-kerning: normal; text-rendering: optimizeLegibility; }
.frame { position: absolute; left: 0; overflow: hidden; --s: 1; }
.fit { position: absolute; inset: 0; display: flex; flex-direction: column; overflow: hidden; }
.fit > * { flex-shrink: 0; }
.onion { direction: ltr; unicode-bidi: isolate; overflow-wrap: anywhere; letter-spacing: 0.02em; }
.qrbox { background: #fff; line-height: 0; flex-shrink: 0; }
.qr { width: 100%; height: 100%; display: block; }
p, h1, li { overflow-wrap: anywhere; }

/* Social images: light, calm, the steps in full. */
.social { background: #fbfbf8; color: #1d232a; }
.social .fit { padding: calc(var(--s) * 64px) 72px; gap: calc(var(--s) * 28px); }
.social .band { position: absolute; inset-block-start: 0; inset-inline: 0; height: 16px; background: #1f5f4a; }
.social .org { font-weight: 700; color: #1f5f4a; font-size: calc(var(--s) * 34px); line-height: 1.3; }
.social h1 { font-weight: 700; font-size: calc(var(--s) * 60px); line-height: 1.18; }
.social ol { list-style: none; display: flex; flex-direction: column; gap: calc(var(--s) * 16px); }
.social li { display: flex; gap: 22px; align-items: flex-start; font-size: calc(var(--s) * 31px); line-height: 1.4; }
.social li .n { flex: none; width: calc(var(--s) * 46px); height: calc(var(--s) * 46px); border-radius: 50%; background: #1f5f4a; color: #fff; font-weight: 700; font-size: calc(var(--s) * 26px); display: flex; align-items: center; justify-content: center; margin-top: calc(var(--s) * -1px); }
.social .where { margin-top: auto; display: flex; gap: 40px; align-items: center; }
.social .qrbox { width: calc(var(--s) * 300px); height: calc(var(--s) * 300px); }
.social .label { font-weight: 700; font-size: calc(var(--s) * 30px); margin-bottom: 10px; }
.social .onion { font-size: calc(var(--s) * 31px); line-height: 1.35; font-weight: 700; }
.social .scan { font-size: calc(var(--s) * 24px); color: #56606b; margin-top: 10px; }
.social .verify { font-size: calc(var(--s) * 22px); line-height: 1.4; color: #56606b; border-top: 2px solid #d5d8d3; padding-top: calc(var(--s) * 18px); }
.story .fit { padding: calc(var(--s) * 110px) 80px calc(var(--s) * 90px); gap: calc(var(--s) * 40px); }
.story h1 { font-size: calc(var(--s) * 72px); }
.story li { font-size: calc(var(--s) * 36px); }
.story li .n { width: calc(var(--s) * 54px); height: calc(var(--s) * 54px); font-size: calc(var(--s) * 30px); }
.story .where { flex-direction: column; align-items: center; text-align: center; gap: 24px; }
.story .qrbox { width: calc(var(--s) * 420px); height: calc(var(--s) * 420px); }
.story .onion { font-size: calc(var(--s) * 36px); }

/* Video slides: dark, one thought per slide, large type. */
.slide { background: #103a2e; color: #fff; }
.slide .fit { padding: 120px 90px; justify-content: center; gap: calc(var(--s) * 48px); }
.horizontal .fit { padding: 80px 140px; }
.slide .org { font-size: calc(var(--s) * 40px); font-weight: 700; color: #9fe0c4; }
.slide h1 { font-size: calc(var(--s) * 88px); line-height: 1.15; font-weight: 700; }
.slide .lead { font-size: calc(var(--s) * 52px); line-height: 1.35; }
.slide .say { font-size: calc(var(--s) * 66px); line-height: 1.3; font-weight: 700; }
.slide .stepno { display: flex; align-items: baseline; gap: 16px; color: #9fe0c4; font-weight: 700; }
.slide .stepno .n { font-size: calc(var(--s) * 160px); line-height: 1; }
.slide .stepno .of { font-size: calc(var(--s) * 56px); }
.slide .label { font-size: calc(var(--s) * 56px); font-weight: 700; }
.slide .qrbox { width: calc(var(--s) * 620px); height: calc(var(--s) * 620px); padding: 0; align-self: center; }
.slide .onion { font-size: calc(var(--s) * 50px); line-height: 1.35; font-weight: 700; }
.slide .centered { text-align: center; }
.slide .scan { font-size: calc(var(--s) * 40px); color: #cfe9dd; }
.slide .verify { font-size: calc(var(--s) * 52px); line-height: 1.35; }
.horizontal .pair { display: flex; gap: 80px; align-items: center; }
.horizontal .pair .qrbox { width: calc(var(--s) * 760px); height: calc(var(--s) * 760px); }
.horizontal .pair > div { display: flex; flex-direction: column; gap: calc(var(--s) * 36px); min-width: 0; }
`;

/** The address with a preferred line break in its middle: two even lines rather than a stray "on". */
function Onion(props: { readonly address: string }) {
  const half = Math.ceil(props.address.length / 2);
  return (
    <p class="onion">
      {props.address.slice(0, half)}
      <wbr />
      {props.address.slice(half)}
    </p>
  );
}

function Social(props: { readonly k: LocaleKit }) {
  const { k } = props;
  return (
    <div class="fit">
      <p class="org">{k.org}</p>
      <h1>{k.t["kit.title"]}</h1>
      <ol>
        {STEP_KEYS.map((key, i) => (
          <li key={key}>
            <span class="n">{k.num(i + 1)}</span>
            <span>{k.t[key]}</span>
          </li>
        ))}
      </ol>
      <div class="where">
        <div class="qrbox">
          <QrSvg m={k.qr} label={k.t["kit.address_label"]} />
        </div>
        <div>
          <p class="label">{k.t["kit.address_label"]}</p>
          <Onion address={k.address} />
          <p class="scan">{k.t["kit.scan"]}</p>
        </div>
      </div>
      <p class="verify">{k.t["kit.verify"]}</p>
    </div>
  );
}

function AddressParts(props: { readonly k: LocaleKit }) {
  const { k } = props;
  return (
    <>
      <p class="label">{k.t["kit.address_label"]}</p>
      <Onion address={k.address} />
      <p class="scan">{k.t["kit.scan"]}</p>
    </>
  );
}

function SlideBody(props: {
  readonly k: LocaleKit;
  readonly s: Slide;
  readonly horizontal: boolean;
}) {
  const { k, s } = props;
  switch (s.kind) {
    case "title":
      return (
        <div class="fit">
          <p class="org">{k.org}</p>
          <h1>{k.t["kit.title"]}</h1>
          <p class="lead">{k.t["kit.video_intro"]}</p>
        </div>
      );
    case "step": {
      const n = s.step ?? 1;
      return (
        <div class="fit">
          <p class="stepno">
            <span class="n">{k.num(n)}</span>
            <span class="of">/ {k.num(STEP_KEYS.length)}</span>
          </p>
          <p class="say">{k.t[STEP_KEYS[n - 1] ?? "kit.step1"]}</p>
        </div>
      );
    }
    case "address":
      return props.horizontal ? (
        <div class="fit">
          <div class="pair">
            <div class="qrbox">
              <QrSvg m={k.qr} label={k.t["kit.address_label"]} />
            </div>
            <div>
              <AddressParts k={k} />
            </div>
          </div>
        </div>
      ) : (
        <div class="fit centered">
          <p class="label">{k.t["kit.address_label"]}</p>
          <div class="qrbox">
            <QrSvg m={k.qr} label={k.t["kit.address_label"]} />
          </div>
          <Onion address={k.address} />
          <p class="scan">{k.t["kit.scan"]}</p>
        </div>
      );
    case "verify":
      return (
        <div class="fit">
          <p class="org">{k.org}</p>
          <p class="verify">{k.t["kit.verify"]}</p>
        </div>
      );
    case "outro":
      return (
        <div class="fit">
          <p class="say">{k.t["kit.video_outro"]}</p>
          <p class="org">{k.org}</p>
        </div>
      );
  }
}

/**
 * The locale's render document and where each frame sits in it.
 * `fontCss` holds the @font-face rules; `families` the font-family list.
 */
export function renderDocument(
  k: LocaleKit,
  slideList: readonly Slide[],
  fonts: { readonly css: string; readonly families: string },
): { html: string; frames: Frame[] } {
  const frames: Frame[] = [];
  let y = 0;
  const place = (name: string, size: Size): Frame => {
    const f = { name, y, ...size };
    frames.push(f);
    y += size.height;
    return f;
  };
  const style = (f: Frame): string => `top:${f.y}px;width:${f.width}px;height:${f.height}px`;
  const feed = place("feed", FEED);
  const story = place("story", STORY);
  const vertical = slideList.map((_, i) => place(`vertical-${i}`, VERTICAL));
  const horizontal = slideList.map((_, i) => place(`horizontal-${i}`, HORIZONTAL));
  const body = (
    <html lang={k.locale} dir={k.dir}>
      <head>
        <meta charset="utf-8" />
        <style
          dangerouslySetInnerHTML={{
            __html: `${fonts.css}\n${CSS}\nbody { font-family: ${fonts.families}; height: ${y}px; }`,
          }}
        />
      </head>
      <body>
        <section class="frame social feed font-check" id="feed" style={style(feed)}>
          <div class="band" />
          <Social k={k} />
        </section>
        <section class="frame social story" id="story" style={style(story)}>
          <div class="band" />
          <Social k={k} />
        </section>
        {slideList.map((s, i) => {
          const f = vertical[i];
          return f === undefined ? null : (
            <section
              class={`frame slide vertical${s.kind === "step" && s.step !== 1 ? "" : " font-check"}`}
              id={f.name}
              key={f.name}
              style={style(f)}
            >
              <SlideBody k={k} s={s} horizontal={false} />
            </section>
          );
        })}
        {slideList.map((s, i) => {
          const f = horizontal[i];
          return f === undefined ? null : (
            <section class="frame slide horizontal" id={f.name} key={f.name} style={style(f)}>
              <SlideBody k={k} s={s} horizontal={true} />
            </section>
          );
        })}
      </body>
    </html>
  );
  return { html: "<!DOCTYPE html>\n" + render(body), frames };
}
