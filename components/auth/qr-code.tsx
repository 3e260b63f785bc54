import { encode } from "uqr";

/**
 * A QR code as inline SVG (one path, dark modules on white with the 4-module quiet zone), rendered on the server: no
 * script, no image request, nothing for the Content-Security-Policy to allow. The text it holds must also be given
 * to people in another form (screen readers, no camera): the label says what it is, the page shows the secret.
 */
export function QrCode({ value, label, size = 224 }: { value: string; label: string; size?: number }) {
  const { data } = encode(value, { ecc: "M", border: 4 });
  const n = data.length;
  let d = "";
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x} ${y}h1v1h-1z`; }));
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges" className="rounded border border-line bg-white" data-testid="mfa-qr">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
