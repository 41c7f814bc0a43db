// What `npm run bench` writes: bench/RESULTS.md (tables) and bench/results.svg (req/s and p99 per scenario).

export interface Row {
  id: string;
  label: string;
  connections: number;
  rps: number;
  p99: number;
  /** req/s over the bare route measured just before, median over rounds. */
  vsBare: number;
  /** The bare route's CPU time per request over this server's, median over rounds. */
  cpuVsBare: number;
  /** Answers other than the one expected (e.g. 200; 401 for the no-cookie scenario), and socket errors. */
  unexpected: number;
}

export interface Goal {
  what: string;
  target: string;
  measured: string;
  met: boolean | undefined;
}

const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString("en-US", { maximumFractionDigits: digits }) : "—";
export const ratio = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : "—");

export function rowsTable(rows: Row[]): string[] {
  return [
    "| scenario | conns | req/s | p99 ms | req/s vs bare | CPU/req vs bare | unexpected |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.connections} | ${fmt(r.rps)} | ${fmt(r.p99)} | ${ratio(r.vsBare)} | ${ratio(r.cpuVsBare)} | ${r.unexpected} |`,
    ),
  ];
}

export function goalsTable(goals: Goal[]): string[] {
  return [
    "| goal | target | measured | met |",
    "|---|---|---|---|",
    ...goals.map(
      (g) =>
        `| ${g.what} | ${g.target} | ${g.measured} | ${g.met === undefined ? "n/a" : g.met ? "yes" : "**no**"} |`,
    ),
  ];
}

/** Before/after: the same scenarios from an earlier run's results.json. */
export function compareTable(before: Row[], after: Row[]): string[] {
  const old = new Map(before.map((r) => [r.id, r]));
  return [
    "| scenario | req/s vs bare, before | after | p99 ms, before | after |",
    "|---|---:|---:|---:|---:|",
    ...after.map((r) => {
      const b = old.get(r.id);
      return `| ${r.label} | ${b ? ratio(b.vsBare) : "—"} | ${ratio(r.vsBare)} | ${b ? fmt(b.p99) : "—"} | ${fmt(r.p99)} |`;
    }),
  ];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** Two bar charts side by side on log scales: req/s (longer is better) and p99 latency (shorter is better). */
export function chart(rows: Row[]): string {
  const barH = 16;
  const gap = 6;
  const labelW = 330;
  const panelW = 260;
  const top = 40;
  const height = top + rows.length * (barH + gap) + 30;
  const width = labelW + 2 * panelW + 60;
  const maxRps = Math.max(...rows.map((r) => r.rps), 10);
  const maxP99 = Math.max(...rows.map((r) => r.p99), 10);
  const scale = (v: number, max: number) => (Math.log10(Math.max(v, 1)) / Math.log10(max * 1.2)) * panelW;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    "<title>Gatehouse benchmark: req/s and p99 latency per scenario</title>",
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${labelW}" y="20" font-weight="bold">req/s (log scale)</text>`,
    `<text x="${labelW + panelW + 40}" y="20" font-weight="bold">p99 latency, ms (log scale)</text>`,
  ];
  rows.forEach((r, i) => {
    const y = top + i * (barH + gap);
    const w1 = scale(r.rps, maxRps);
    const w2 = scale(r.p99, maxP99);
    const x2 = labelW + panelW + 40;
    const color = r.id === "bare" ? "#888" : r.id.startsWith("better-auth") ? "#c77" : "#369";
    out.push(
      `<text x="${labelW - 8}" y="${y + 12}" text-anchor="end">${esc(r.label)}</text>`,
      `<rect x="${labelW}" y="${y}" width="${w1.toFixed(1)}" height="${barH}" fill="${color}"/>`,
      `<text x="${labelW + w1 + 4}" y="${y + 12}">${fmt(r.rps)}</text>`,
      `<rect x="${x2}" y="${y}" width="${w2.toFixed(1)}" height="${barH}" fill="${color}" opacity="0.6"/>`,
      `<text x="${x2 + w2 + 4}" y="${y + 12}">${fmt(r.p99)}</text>`,
    );
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
