/**
 * A QR code drawn as SVG rectangles from the module matrix: no innerHTML, no
 * data: URL, no canvas, so nothing here needs a CSP exception. Dark modules
 * in a row are merged into one rectangle to keep the DOM small.
 */
import qrcode from "qrcode-generator";

/** Quiet zone in modules (ISO/IEC 18004 asks for 4). */
const QUIET = 4;

export function QrCode(props: { readonly text: string; readonly label: string }) {
  const qr = qrcode(0, "M");
  qr.addData(props.text, "Byte");
  qr.make();
  const n = qr.getModuleCount();
  const size = n + 2 * QUIET;
  const rects = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n;) {
      if (!qr.isDark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.isDark(r, c)) c++;
      rects.push(
        <rect key={`${r}-${start}`} x={start + QUIET} y={r + QUIET} width={c - start} height={1} />,
      );
    }
  }
  return (
    <svg
      class="qr"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges"
    >
      <rect class="qr-bg" x={0} y={0} width={size} height={size} />
      {rects}
    </svg>
  );
}
