// The trend chart (Chart.js): cooperation and conflict event counts as bars, the mean Goldstein
// score as a line on its own -10…+10 axis. Periods without events are shown as zero, not skipped.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from "chart.js";
import type { TrendRow } from "../types.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

const COLORS = { cooperation: "#2e7d5b", conflict: "#c0392b", goldstein: "#1f3a5f" };
/** Filling gaps stops here: a century of empty months would only hide the data. */
const MAX_FILLED_PERIODS = 600;

/** Every period from the first to the last row, empty ones included. */
export function fillPeriods(rows: readonly TrendRow[], by: "year" | "month"): (TrendRow | { period: string; empty: true })[] {
  if (rows.length < 2) return [...rows];
  const known = new Map(rows.map((r) => [r.period, r]));
  const periods: string[] = [];
  const [fy, fm] = rows[0]!.period.split("-").map(Number) as [number, number | undefined];
  const [ly, lm] = rows[rows.length - 1]!.period.split("-").map(Number) as [number, number | undefined];
  if (by === "year") for (let y = fy; y <= ly; y++) periods.push(String(y));
  else for (let y = fy, m = fm ?? 1; y < ly || (y === ly && m <= (lm ?? 12)); m === 12 ? (y++, (m = 1)) : m++) periods.push(`${y}-${String(m).padStart(2, "0")}`);
  if (periods.length > MAX_FILLED_PERIODS) return [...rows];
  return periods.map((period) => known.get(period) ?? { period, empty: true as const });
}

export function createTrendChart(canvas: HTMLCanvasElement, rows: readonly TrendRow[], by: "year" | "month"): Chart {
  const filled = fillPeriods(rows, by);
  const value = (pick: (row: TrendRow) => number) => filled.map((row) => ("empty" in row ? 0 : pick(row)));
  return new Chart(canvas, {
    data: {
      labels: filled.map((row) => row.period),
      datasets: [
        { type: "bar", label: "Cooperation (events)", data: value((r) => r.cooperation), backgroundColor: COLORS.cooperation, yAxisID: "count" },
        { type: "bar", label: "Conflict (events)", data: value((r) => r.conflict), backgroundColor: COLORS.conflict, yAxisID: "count" },
        {
          type: "line", label: "Mean Goldstein", yAxisID: "goldstein", borderColor: COLORS.goldstein, backgroundColor: COLORS.goldstein,
          data: filled.map((row) => ("empty" in row ? null : row.goldsteinMean)), spanGaps: true, tension: 0.2, pointRadius: 4,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        count: { type: "linear", position: "left", beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "events" } },
        goldstein: { type: "linear", position: "right", min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: "Goldstein (mean)" } },
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: {
          callbacks: {
            footer: (items) => {
              const row = filled[items[0]?.dataIndex ?? -1];
              return row && !("empty" in row) ? `${row.events} events, Goldstein sum ${row.goldsteinSum}` : "no events";
            },
          },
        },
      },
    },
  });
}
