// The timeline merge and the trend on generated event sets, dense and sparse, of every date
// precision, compared with their output pinned (as SHA-256) before both were made linear in the
// number of events: a faster merge must not change one entry. Also bounds the merge's time.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { random } from "../eval/synthetic-corpus.js";
import { buildTimeline } from "../src/corpus/timeline.js";
import { buildTrend } from "../src/corpus/trend.js";
import type { StoredEvent } from "../src/store/repo.js";

const CAMEO_CODES = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "090", "112", "120", "130", "141", "163", "172", "190", "200"];
const COUNTRIES = ["CHN", "CHN", "CHN", "RUS", "RUS", "RUS", "USA", null];
const LEADERS = new Set(["Xi Jinping", "Vladimir Putin"]);

/** `count` event records of about `documents` documents over `years` years from 2000: mostly day-precise, some coarser, a few undated or odd. */
function generatedEvents(seed: number, count: number, documents: number, years: number): StoredEvent[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const events: StoredEvent[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(next() * years * 365) * 86_400_000).toISOString().slice(0, 10);
    const precision = next();
    const date = precision < 0.7 ? day : precision < 0.75 ? `${day.slice(0, 4)}-W${String(1 + Math.floor(next() * 52)).padStart(2, "0")}`
      : precision < 0.85 ? day.slice(0, 7) : precision < 0.95 ? day.slice(0, 4) : precision < 0.98 ? null : `${day.slice(0, 4)}-SU`;
    const doc = Math.floor(next() * documents);
    const [source, target] = [pick(COUNTRIES), pick(COUNTRIES)];
    events.push({
      id: `e${i}`, docId: `doc${doc}`, story: `doc${doc % Math.ceil(documents * 0.9)}`, published: day, url: null, date,
      source: { code: next() < 0.3 ? `${source}GOV` : String(source), country: source, name: next() < 0.2 ? "Xi Jinping" : `${source} name` },
      target: { code: String(target), country: target, name: next() < 0.1 ? "Vladimir Putin" : `${target} name` },
      cameo: pick(CAMEO_CODES), goldstein: Math.round((next() * 20 - 10) * 10) / 10, location: null, negated: next() < 0.05,
      confidence: 0.8, evidence: { start: i, end: i + 10, text: `Sentence ${i}.` },
    });
  }
  return events;
}

const sha256 = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** seed, records, documents, years → the SHA-256 of the timeline, of the trend by year, and of the trend by month. */
const PINNED: [number, number, number, number, string, string, string][] = [
  [1, 40, 10, 1, "67e61410ae3abd205087e182e0f522c4c154a4ae0290855e9ec2230cdd2fc6be", "a5c7c3c74b0677073277c87782a3b2ea62ba0448cfa7b3d0e4671a4d247fcc8c", "c4fe06dee23cda39844c616d87b28767e560226d8c49a686c11c9c36f1182187"],
  [2, 300, 60, 2, "e9095552a372721f20cbd97b9c22c2744a74ee760eeefb5785051cf3f66ebac5", "6403bc4b232dce0ec7bfe1939af1de16f37002cfe277f96a9306942f0cafbca7", "59b6372f5966043c513d2cecf42dc98d4585650def5cab2267def0e1d13bdf2c"],
  [3, 1500, 300, 5, "943a93ee3c0cb08851fac517ceb1b27a22e390923cf0c76a19cd27a01b6b5985", "a6ab4466e9f555e86737938750ac9a2e5bfef3f2c0a9f3670c6e46670431e296", "1557459905d66543e04b20fb1078d53e813f2aa6808611800f96818e8dee42c7"],
  [4, 3000, 200, 1, "675b6b39e37f085e68ca274de7bb257ba00eb139b6bcc6fac08488833d89d69d", "e07cabe073a51d4bfcf1a35c5e29d310480a1a35213a85061bd69b0c4e995704", "7c407dbe817055c38ad7f04ef99ecfa7dade1bb7a7b0b575f0481435eed64b94"],
  [5, 4000, 800, 20, "266a85ef461c363692b89db3bbb0142c592117f241fa4f8df38ff3049a1ca540", "08c45673ec17e579e86e30575c2ac64cd1c1858a72f4b266c2c63d3fa3e28da3", "48ff70e523ae2984e0886e7c22d56b0a707d56fd64acad56ec9f79ab21bff8bf"],
  [6, 8000, 6000, 20, "f1b1237f0aecbefcf39c97ac3a015f83b1393d803681b78128d7140e450390e8", "58c4b5ea9ea10153660ab6296ac88533320235d2755db076c3047a209b76de3c", "c62f9a61fee41dacece42999d99c2a921dca9be99b5d3650f1824e99b23a869f"],
  [7, 20000, 2000, 20, "3fb836a85837d1cb3e4a157bf67615863e97df6bdf0e545940b25bec219b1799", "f412b1cdedce744234c3804ba425c22679fb901b53fc2618b673ab4832c3da5e", "6c98dc87374b27a41dda2c72b82e654301cb0723811a5b5d143201de9c029fe9"],
];

describe("timeline merge at scale", () => {
  it.each(PINNED)("timeline: seed %i, %i records of %i documents over %i years give the pinned timeline and trend", (seed, count, documents, years, timeline, byYear, byMonth) => {
    const events = generatedEvents(seed, count, documents, years);
    expect(sha256(buildTimeline(events, ["CHN", "RUS"], LEADERS))).toBe(timeline);
    expect(sha256(buildTrend(events, "year"))).toBe(byYear);
    expect(sha256(buildTrend(events, "month"))).toBe(byMonth);
  });
});

describe("unidentified perpetrators", () => {
  const event = (id: string, code: string): StoredEvent => ({
    id, docId: "doc1", story: "doc1", published: "2020-05-02", url: null, date: "2020-05-01",
    source: { code, country: "SYR", name: "" }, target: { code: "TURMIL", country: "TUR", name: "Turkish soldiers" },
    cameo: "183", goldstein: -10, location: null, negated: false, confidence: 0.7, evidence: { start: 0, end: 10, text: "A bombing." },
  });

  it("leaves a bombing by unidentified forces in one state of the pair out of its timeline and trend", () => {
    const events = [event("e1", "SYRUAF"), event("e2", "SYRMIL")];
    const timeline = buildTimeline(events, ["SYR", "TUR"]);
    expect(timeline.entries.flatMap((entry) => entry.events)).toEqual(["e2"]);
    expect(buildTrend(events, "year")).toEqual([expect.objectContaining({ period: "2020", events: 1 })]);
  });
});
