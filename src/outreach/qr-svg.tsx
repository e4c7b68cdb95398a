/** The QR code as inline SVG for HTML: one path, crisp module edges, no xmlns, no URL. */
import { QUIET_ZONE, qrPath, type QrMatrix } from "./qr.ts";

export function QrSvg(props: { readonly m: QrMatrix; readonly label: string }) {
  const n = props.m.size + 2 * QUIET_ZONE;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${n} ${n}`}
      shape-rendering="crispEdges"
    >
      <rect width={n} height={n} fill="#fff" />
      <path fill="#000" d={qrPath(props.m)} />
    </svg>
  );
}
