// The timeline's merge step on generated event records: how long buildTimeline takes over
// 10,000 records of one pair of actors spread over twenty years. Information only.
import { buildTimeline } from "../src/corpus/timeline.js";
import type { StoredEvent } from "../src/store/repo.js";

const RECORDS = 10_000;
const CODES = ["042", "043", "040", "057", "051", "036", "112", "120", "163", "190"];

function generated(count: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2005, 0, 1) + ((i * 7919) % (20 * 365)) * 86_400_000).toISOString().slice(0, 10);
    const precision = i % 10 === 0 ? day.slice(0, 4) : i % 7 === 0 ? day.slice(0, 7) : day;
    const forward = i % 2 === 0;
    events.push({
      id: `doc${i % 2000}#e${i}`, docId: `doc${i % 2000}`, story: `doc${i % 1800}`, published: day, url: null, date: precision,
      source: { code: forward ? "CHNGOV" : "RUSGOV", country: forward ? "CHN" : "RUS", name: forward ? "China" : "Russia" },
      target: { code: forward ? "RUS" : "CHN", country: forward ? "RUS" : "CHN", name: forward ? "Russia" : "China" },
      cameo: CODES[i % CODES.length]!, goldstein: 1.9, location: null, negated: false, confidence: 0.8,
      evidence: { start: 0, end: 10, text: `Sentence ${i}.` },
    });
  }
  return events;
}

export function printMergeBenchmark(): void {
  const events = generated(RECORDS);
  buildTimeline(events.slice(0, 500), ["CHN", "RUS"]);
  const started = process.hrtime.bigint();
  const timeline = buildTimeline(events, ["CHN", "RUS"]);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`\ntimeline merge: ${RECORDS} event records → ${timeline.entries.length} entries in ${ms.toFixed(0)} ms`);
}
