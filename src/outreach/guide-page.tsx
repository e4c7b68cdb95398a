/**
 * The kit's guide page, one per locale: static, self-contained HTML (no
 * script, no external resource: inline CSS, the QR code as inline SVG,
 * system fonts), printable on one A4 or Letter page with a wallet-size card
 * to cut out. Escaped by Preact's renderer; nothing here is trusted HTML.
 */
import { render } from "preact-render-to-string";
import { onionUrl, STEP_KEYS, type LocaleKit } from "./locale-kit.ts";
import { QrSvg } from "./qr-svg.tsx";

/** The only external address on the page, a plain link: where to get Tor Browser. */
export const TOR_DOWNLOAD = "https://www.torproject.org/download/";

/** System font stacks: the page loads no font, so it works offline and leaks nothing. */
function systemFonts(locale: string): string {
  const tail = 'system-ui, "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  switch (locale) {
    case "zh-Hans":
      return `"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", ${tail}`;
    case "zh-Hant":
      return `"Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei", ${tail}`;
    case "ko":
      return `"Noto Sans CJK KR", "Source Han Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", ${tail}`;
    case "fa":
    case "ar":
      return `"Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, ${tail}`;
    default:
      return tail;
  }
}

const MONO = 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace';

function css(locale: string): string {
  return `
:root { --fg: #1d232a; --muted: #56606b; --bg: #fbfbf8; --accent: #1f5f4a; --line: #d5d8d3; color-scheme: light; }
* { box-sizing: border-box; }
html { font-family: ${systemFonts(locale)}; font-size: 112.5%; line-height: 1.5; color: var(--fg); background: var(--bg); }
body { margin: 0 auto; padding: 1.5rem 1rem 3rem; max-width: 42rem; }
.org { margin: 0; color: var(--accent); font-weight: 700; overflow-wrap: anywhere; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.25rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 0 0 0.4rem; }
ol.steps { padding-inline-start: 1.6rem; margin: 0 0 1rem; }
ol.steps li { margin-block: 0.35rem; }
.tor { margin: 0 0 1.5rem; }
a { color: var(--accent); }
.onion, .key { font-family: ${MONO}; word-break: break-all; unicode-bidi: isolate; }
.onion { font-size: 1.05rem; margin: 0 0 0.75rem; }
.where { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: 1rem 1.5rem; align-items: start; border-block: 1px solid var(--line); padding-block: 1rem; margin-block-end: 1rem; }
.qr { display: block; width: 100%; height: auto; background: #fff; }
figure { margin: 0; }
figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 0.3rem; }
.verify p { margin: 0 0 0.5rem; overflow-wrap: anywhere; }
.key { font-size: 0.85rem; }
.card { margin-top: 2rem; width: 85.6mm; height: 53.98mm; padding: 3mm; border: 1px dashed var(--muted); border-radius: 3mm; background: #fff; display: grid; grid-template-columns: 27mm 1fr; gap: 2.5mm; overflow: hidden; font-size: 7.5pt; line-height: 1.3; }
.card .qr { width: 27mm; }
.card .card-org { font-weight: 700; color: var(--accent); margin: 0 0 1mm; overflow-wrap: anywhere; }
.card .card-title { font-weight: 700; margin: 0 0 1.5mm; overflow-wrap: anywhere; }
.card .onion { font-size: 6.5pt; margin: 0 0 1.5mm; }
.card .card-fp { font-family: ${MONO}; font-size: 5.5pt; color: var(--muted); margin: 0; }
@media (max-width: 30rem) { .where { grid-template-columns: 1fr; } }
/* Print: one A4 or Letter page (their common area: 186 × 255 mm inside 12 mm margins), card included. */
@page { margin: 12mm; }
@media print {
  html { font-size: 10pt; background: #fff; }
  body { padding: 0; max-width: none; }
  h1 { font-size: 17pt; margin-bottom: 3mm; }
  a { color: inherit; text-decoration: none; }
  .where { grid-template-columns: 42mm 1fr; padding-block: 3mm; }
  .where, .verify, .card, ol.steps li { break-inside: avoid; }
  .card { margin-top: 5mm; border-color: #000; }
}
`;
}

/** The guide page for one locale, as a complete HTML document. */
export function guidePage(k: LocaleKit): string {
  const url = onionUrl(k.address);
  return (
    "<!DOCTYPE html>\n" +
    render(
      <html lang={k.locale} dir={k.dir}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta
            http-equiv="Content-Security-Policy"
            content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
          />
          <meta name="referrer" content="no-referrer" />
          <meta name="robots" content="noindex" />
          <title>{k.t["kit.title"]}</title>
          <style dangerouslySetInnerHTML={{ __html: css(k.locale) }} />
        </head>
        <body>
          <main>
            <p class="org">{k.org}</p>
            <h1>{k.t["kit.title"]}</h1>
            <ol class="steps">
              {STEP_KEYS.map((key) => (
                <li key={key}>{k.t[key]}</li>
              ))}
            </ol>
            <p class="tor">
              <a href={TOR_DOWNLOAD} rel="noreferrer" dir="ltr">
                torproject.org/download
              </a>
            </p>
            <section class="where" aria-labelledby="address-label">
              <figure>
                <QrSvg m={k.qr} label={k.t["kit.address_label"]} />
                <figcaption>{k.t["kit.scan"]}</figcaption>
              </figure>
              <div>
                <h2 id="address-label">{k.t["kit.address_label"]}</h2>
                <p class="onion" dir="ltr">
                  <a href={url} rel="noreferrer">
                    {k.address}
                  </a>
                </p>
              </div>
            </section>
            <section class="verify">
              <p>{k.t["kit.verify"]}</p>
              <p class="key" dir="ltr">
                ed25519: {k.publicKey}
              </p>
              <p dir="ltr">
                <a href="../statement.txt">statement.txt</a> ·{" "}
                <a href="../statement.sig">statement.sig</a>
              </p>
            </section>
            <section class="card" aria-label={k.t["kit.title"]}>
              <QrSvg m={k.qr} label={k.t["kit.address_label"]} />
              <div>
                <p class="card-org">{k.org}</p>
                <p class="card-title">{k.t["kit.address_label"]}</p>
                <p class="onion" dir="ltr">
                  {k.address}
                </p>
                <p class="card-fp" dir="ltr">
                  {k.fingerprint}
                </p>
              </div>
            </section>
          </main>
        </body>
      </html>,
    )
  );
}
