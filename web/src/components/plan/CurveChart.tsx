// Diminishing returns as plain SVG (no chart library: the try-it page stays small): P(match)
// against the number of applications, with and without preference signals.
interface Point {
  applications: number;
  pMatch: number;
  pMatchWithoutSignals: number;
}

const WIDTH = 560;
const HEIGHT = 260;
const PAD = { left: 52, right: 12, top: 12, bottom: 40 };

export function CurveChart({ curve, current }: { curve: Point[]; current: number }) {
  if (curve.length < 2) return null;
  const maxApps = Math.max(...curve.map((p) => p.applications));
  const x = (apps: number) => PAD.left + (apps / maxApps) * (WIDTH - PAD.left - PAD.right);
  const y = (p: number) => PAD.top + (1 - p) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (pick: (p: Point) => number) =>
    curve.map((p, i) => `${i ? "L" : "M"}${x(p.applications).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(" ");
  const here = curve.reduce((best, p) =>
    Math.abs(p.applications - current) < Math.abs(best.applications - current) ? p : best);
  const last = curve[curve.length - 1];
  const summary = `P(match) rises from ${Math.round(curve[0].pMatch * 100)}% at ${curve[0].applications} applications to ${Math.round(last.pMatch * 100)}% at ${last.applications}.`;
  return (
    <figure className="chart-figure">
      <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {[0, 0.25, 0.5, 0.75, 1].map((p) => (
          <g key={p}>
            <line className="grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(p)} y2={y(p)} />
            <text x={PAD.left - 6} y={y(p) + 4} textAnchor="end">{p * 100}%</text>
          </g>
        ))}
        <line className="axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        {curve.filter((_, i) => i % Math.ceil(curve.length / 6) === 0).map((p) => (
          <text key={p.applications} x={x(p.applications)} y={HEIGHT - 16} textAnchor="middle">{p.applications}</text>
        ))}
        <text x={(WIDTH + PAD.left) / 2} y={HEIGHT - 2} textAnchor="middle">applications</text>
        <path className="without-signals" d={line((p) => p.pMatchWithoutSignals)} />
        <path className="with-signals" d={line((p) => p.pMatch)} />
        <circle className="current" cx={x(here.applications)} cy={y(here.pMatch)} r={5} />
      </svg>
      <figcaption>
        <small>Solid: with your preference signals; dashed: without. The dot is your list. {summary}</small>
      </figcaption>
    </figure>
  );
}
