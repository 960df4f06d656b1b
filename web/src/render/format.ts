// Formats numbers, figures and counts for people. No DOM.

const SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

export function formatNumber(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) return `${+(value / scale).toFixed(3)} ${word}`;
  }
  return value.toLocaleString("en-US", { maximumFractionDigits: 3 });
}

export function formatFigure(value: number, valueMax: number | null, unit: string): string {
  const amount = valueMax !== null && valueMax !== value ? `${formatNumber(value)} to ${formatNumber(valueMax)}` : formatNumber(value);
  if (unit === "percent") return `${amount} %`;
  if (unit === "count") return amount;
  return `${amount} ${unit}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** "cooperation", "conflict" or "neutral" from a Goldstein score. */
export const toneOf = (goldstein: number) => (goldstein > 0 ? "cooperation" : goldstein < 0 ? "conflict" : "neutral");
