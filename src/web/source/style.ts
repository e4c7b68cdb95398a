/**
 * The source pages' one stylesheet, served same-origin at /static/style.css:
 * system fonts, logical properties (RTL-ready), no external resources.
 * Kept as a module rather than a file so the CLI bundle carries it.
 */
export const STYLE = `
/* Postern source pages: one small stylesheet, system fonts, logical properties (RTL-ready). */
:root {
  --fg: #1d232a;
  --muted: #56606b;
  --bg: #fbfbf8;
  --accent: #1f5f4a;
  --accent-fg: #ffffff;
  --line: #d5d8d3;
  --error: #9b1c1c;
  --ok: #1f5f4a;
  color-scheme: light;
}
* {
  box-sizing: border-box;
}
html {
  font-family: system-ui, "Noto Sans", sans-serif;
  font-size: 112.5%;
  line-height: 1.5;
  color: var(--fg);
  background: var(--bg);
}
body {
  margin-block: 0;
  margin-inline: auto;
  max-inline-size: 44rem;
  padding-block: 1rem 3rem;
  padding-inline: 1.25rem;
}
header {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  align-items: baseline;
  gap: 0.5rem;
  border-block-end: 1px solid var(--line);
  padding-block-end: 0.5rem;
  margin-block-end: 1.5rem;
}
.brand {
  font-weight: 700;
  color: var(--fg);
  text-decoration: none;
}
#languages ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 0.75rem;
  list-style: none;
  margin: 0;
  padding: 0;
  font-size: 0.9rem;
}
#languages a[aria-current] {
  font-weight: 700;
  text-decoration: none;
  color: var(--fg);
}
h1 {
  font-size: 1.6rem;
  line-height: 1.25;
  margin-block: 0 1rem;
}
h2 {
  font-size: 1.2rem;
  margin-block: 1.5rem 0.5rem;
}
a {
  color: var(--accent);
}
.hint {
  color: var(--muted);
  font-size: 0.9rem;
  margin-block: 0.25rem 1rem;
}
.choices {
  display: grid;
  gap: 1rem;
  margin-block: 1.5rem;
}
.button,
button {
  display: inline-block;
  font: inherit;
  padding-block: 0.6rem;
  padding-inline: 1.1rem;
  border: 2px solid var(--accent);
  border-radius: 0.4rem;
  background: transparent;
  color: var(--accent);
  text-decoration: none;
  cursor: pointer;
}
.primary {
  background: var(--accent);
  color: var(--accent-fg);
}
.codename {
  font-family: ui-monospace, "Noto Sans Mono", monospace;
  font-size: 1.35rem;
  line-height: 1.8;
  padding: 1rem;
  border: 2px dashed var(--accent);
  border-radius: 0.4rem;
  background: #fff;
  word-spacing: 0.3em;
  user-select: all;
}
label {
  display: block;
  font-weight: 600;
  margin-block-start: 1rem;
}
label.radio {
  font-weight: 400;
  margin-block: 0.25rem;
}
textarea,
input[type="password"],
input[type="text"] {
  inline-size: 100%;
  font: inherit;
  padding: 0.5rem;
  border: 1px solid var(--muted);
  border-radius: 0.3rem;
  background: #fff;
}
input[type="file"] {
  font: inherit;
  margin-block: 0.25rem;
}
fieldset {
  border: 1px solid var(--line);
  border-radius: 0.4rem;
  margin-block: 1rem;
}
.notice {
  border-inline-start: 6px solid var(--ok);
  padding-block: 0.5rem;
  padding-inline: 1rem;
  background: #fff;
  margin-block-end: 1rem;
}
.notice.error {
  border-color: var(--error);
}
.links a + a {
  margin-inline-start: 1rem;
}
.notice.error h1 {
  color: var(--error);
}
#replies .reply { border: 1px solid var(--line); border-radius: 0.4rem; background: #fff; padding-block: 0.75rem; padding-inline: 1rem; margin-block: 0.75rem; }
#replies .meta { color: var(--muted); font-size: 0.85rem; margin: 0; }
.reply-text { white-space: pre-wrap; overflow-wrap: anywhere; margin-block: 0.5rem; }
#quick-exit { position: absolute; inset-block-start: 0.5rem; inset-inline-end: 0.5rem; background: var(--error); color: #fff; padding-block: 0.35rem; padding-inline: 0.8rem; border-radius: 0.3rem; font-weight: 700; text-decoration: none; z-index: 10; }
body { position: relative; padding-block-start: 3rem; }
.warning { border: 2px solid var(--error); border-radius: 0.4rem; background: #fff4f4; padding-block: 0.6rem; padding-inline: 1rem; margin-block-end: 1rem; }
.hp { position: absolute; inset-inline-start: -10000px; inline-size: 1px; block-size: 1px; overflow: hidden; }
footer {
  margin-block-start: 3rem;
  border-block-start: 1px solid var(--line);
  padding-block-start: 0.75rem;
  color: var(--muted);
  font-size: 0.85rem;
}
footer form {
  margin-block-start: 0.5rem;
}
/* Codenames, onion addresses and key fingerprints are Latin letters and digits (or a
   left-to-right script): inside right-to-left text they keep their own order and do not
   reorder the words around them (UAX #9, isolates). */
.ltr,
.codename,
.onion,
.fingerprint {
  direction: ltr;
  unicode-bidi: isolate;
}
.onion,
.fingerprint {
  font-family: ui-monospace, "Noto Sans Mono", monospace;
  overflow-wrap: anywhere;
}
.facts dt {
  font-weight: 600;
  margin-block-start: 0.75rem;
}
.facts dd {
  margin-inline-start: 0;
}
#guide ~ section li {
  margin-block-end: 0.5rem;
}
/* Numbered steps in the page's own digits (Intl writes Persian digits for fa). */
html[lang="fa"] ol {
  list-style-type: persian;
}
.org-text {
  border-block-start: 1px solid var(--line);
  margin-block-start: 2rem;
  white-space: pre-line;
}
@media print {
  header nav,
  footer,
  #quick-exit,
  #warning-js,
  button {
    display: none;
  }
}
`;

/** Loaded only inside <noscript>: with JavaScript off there is nothing to warn about. */
export const NOJS_STYLE = "#warning-js { display: none; }\n";
