// WARC archives and feeds in, one document per article, the rest skipped with a reason;
// broken containers fail with one line each and never stop the batch.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { dyad, jsonLines, ROOT, scratch } from "./helpers.js";
import { recordIdOf, warcFile, withLengthOff } from "../eval/warc-writer.js";

const ARTICLE_HTML = readFileSync(join(ROOT, "examples", "corpus", "brazil-argentina-2019.html"), "utf8");
const ARTICLE_TEXT = readFileSync(join(ROOT, "examples", "corpus", "turkey-greece-2020.txt"), "utf8");
const LONG_ITEM = "<p>The two foreign ministers met in Geneva on Tuesday and agreed to reopen their embassies, closed since a dispute over fishing rights three years ago. Officials from both sides said ambassadors would return within a month, and that trade talks would follow in the spring. The meeting was the first at this level since the dispute began.</p>";

describe("containers", () => {
  const dir = scratch();
  beforeAll(async () => {
    writeFileSync(join(dir, "crawl.warc"), await warcFile([
      { url: "https://news.example/2019/06/05/summit", date: "2024-01-10T08:00:00Z", body: ARTICLE_HTML },
      { url: "https://news.example/req", date: "2024-01-10T08:00:01Z", body: "", type: "request" },
      { url: "https://news.example/missing", date: "2024-01-10T08:00:02Z", body: "not here", status: 404 },
      { url: "https://news.example/logo.png", date: "2024-01-10T08:00:03Z", body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), contentType: "image/png" },
      { url: "https://news.example/robots.txt", date: "2024-01-10T08:00:04Z", body: "User-agent: *", contentType: "text/plain" },
      { url: "https://news.example/plain", date: "2024-01-10T08:00:05Z", body: ARTICLE_TEXT, contentType: "text/plain; charset=utf-8" },
    ]));
    writeFileSync(join(dir, "crawl-gz.warc.gz"), await warcFile([{ url: "https://news.example/a", date: "2024-02-01T00:00:00Z", body: ARTICLE_HTML.replace("Bolsonaro", "Bolsonaro's government") }], true));
  });

  it("containers: each HTML or text response of a WARC is a document with its URL and crawl date", () => {
    const run = dyad(["extract", join(dir, "crawl.warc")]);
    expect(run.status).toBe(0);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => r.id)).toEqual(["crawl#1", "crawl#2"]);
    expect(records[0]).toMatchObject({ source: { url: "https://news.example/2019/06/05/summit" }, meta: { crawled: "2024-01-10", published: "2019-06-06" } });
    expect(records[0]!.meta.published).not.toBe("2024-01-10");
  });

  it("containers: ingest counts records that are no articles as skipped, not failed", () => {
    const db = join(scratch(), "warc.db");
    const summary = JSON.parse(dyad(["ingest", join(dir, "crawl.warc"), join(dir, "crawl-gz.warc.gz"), "--db", db, "--json"]).stdout);
    expect(summary).toMatchObject({ added: 3, skipped: 3, failed: 0 });
    expect(JSON.parse(dyad(["ingest", join(dir, "crawl.warc"), "--db", db, "--json"]).stdout)).toMatchObject({ added: 0, unchanged: 2 });
  });

  it("containers: a truncated WARC keeps what came before and fails with one line", () => {
    const whole = gunzipSync(readFileSync(join(dir, "crawl-gz.warc.gz")));
    const broken = join(scratch(), "cut.warc");
    writeFileSync(broken, Buffer.concat([readFileSync(join(dir, "crawl.warc")), whole.subarray(0, Math.floor(whole.length / 2))]));
    const run = dyad(["extract", broken]);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((r) => r.id)).toEqual(["cut#1", "cut#2"]);
    const errors = run.stderr.trim().split("\n").filter((l) => l.includes("error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/cut\.warc.*: error: truncated WARC/);
  });

  it("containers: a truncated .warc.gz fails with one line and the batch goes on", () => {
    const packed = readFileSync(join(dir, "crawl-gz.warc.gz"));
    const cut = scratch();
    writeFileSync(join(cut, "half.warc.gz"), packed.subarray(0, Math.floor(packed.length / 2)));
    writeFileSync(join(cut, "note.txt"), ARTICLE_TEXT);
    const run = dyad(["extract", cut]);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((r) => r.id)).toEqual(["note"]);
    expect(run.stderr).toMatch(/half\.warc\.gz.*: error: /);
  });

  it("containers: a record over the size limit fails alone, without being read into memory", async () => {
    const big = scratch();
    const huge = `<html><body><p>${"word ".repeat(600_000)}</p></body></html>`;
    writeFileSync(join(big, "big.warc"), await warcFile([
      { url: "https://news.example/huge", date: "2024-01-10T08:00:00Z", body: huge },
      { url: "https://news.example/small", date: "2024-01-10T08:00:01Z", body: ARTICLE_HTML },
    ]));
    const run = dyad(["extract", join(big, "big.warc"), "--max-size", "1"]);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((r) => r.id)).toEqual(["big#1"]);
    expect(run.stderr).toMatch(/big\.warc record 1 \(https:\/\/news\.example\/huge\): error: too large/);
  });

  it("containers: feed items with full content are documents dated by the item; summaries are skipped", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
      <item><title>Embassies to reopen</title><link>https://wire.example/embassies</link><pubDate>Tue, 05 Mar 2019 10:00:00 GMT</pubDate><content:encoded><![CDATA[${LONG_ITEM}]]></content:encoded></item>
      <item><title>Teaser only</title><link>https://wire.example/teaser</link><description>Read more on our site.</description></item>
    </channel></rss>`;
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><title>Embassies</title><link href="https://desk.example/e"/><published>2019-03-06T09:00:00Z</published><author><name>Ada Lind</name></author><content type="html">${LONG_ITEM.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</content></entry></feed>`;
    const json = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", items: [{ url: "https://j.example/1", title: "Embassies", date_published: "2019-03-07T00:00:00Z", content_html: LONG_ITEM }] });
    const feeds = scratch();
    writeFileSync(join(feeds, "wire.rss"), rss);
    writeFileSync(join(feeds, "desk.atom"), atom);
    writeFileSync(join(feeds, "j.feed.json"), json);
    writeFileSync(join(feeds, "bad.rss"), "this is not xml at all {");
    const run = dyad(["extract", feeds]);
    expect(run.status).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => [r.id, r.meta.published, r.meta.publishedFrom])).toEqual([
      ["desk#1", "2019-03-06", "feed"],
      ["j#1", "2019-03-07", "feed"],
      ["wire#1", "2019-03-05", "feed"],
    ]);
    expect(records[0]!.meta.authors).toEqual(["Ada Lind"]);
    expect(records[2]).toMatchObject({ source: { url: "https://wire.example/embassies" }, meta: { title: "Embassies to reopen" } });
    expect(run.stderr).toMatch(/bad\.rss: error: not an RSS or Atom feed/);
  });
});

/** Four short dispatches written for these tests. */
const DISPATCHES = [
  ["Ferry link between island states resumes", "The ferry between the two island states sailed again on Monday after a pause of eight months. Port officials on both sides said the crossing would run twice a week until the summer. The foreign ministers of the two states had agreed on the timetable at a meeting in February."],
  ["Border commission meets after long pause", "A joint border commission met on Wednesday for the first time in three years. Its members agreed to map a disputed stretch of river before the autumn floods. Both delegations described the talks as frank and useful, and scheduled another round for June."],
  ["Envoy returns to capital after dispute over fishing rights", "An ambassador recalled during a quarrel over fishing rights returned to her post on Friday. The two governments said a working group would propose quotas for the coming season. Trade officials expect the first cargo of frozen fish to cross the strait next month."],
  ["Rail freight corridor opens to container traffic", "The first container train crossed the new freight corridor on Tuesday, cutting the journey between the two inland capitals to four days. Customs officers from both states now inspect cargo at a single shared station. The ministers of transport plan to double the number of trains by next year."],
] as const;

describe("containers: a WARC record whose declared length is wrong", () => {
  const dir = scratch();
  let records: Buffer[] = [];
  beforeAll(async () => {
    records = await Promise.all(DISPATCHES.map(([title, text], n) => warcFile([{
      url: `https://dispatch.example/2023/05/0${n + 1}/story`,
      date: `2023-05-0${n + 2}T09:00:00Z`,
      body: `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`,
    }])));
  });

  /** The four records, the second one's Content-Length off by `delta`, as .warc or as .warc.gz (one gzip member a record). */
  function crawl(name: string, delta: number): string {
    const framed = records.map((record, n) => (n === 1 ? withLengthOff(record, delta) : record));
    const path = join(dir, name);
    writeFileSync(path, name.endsWith(".gz") ? Buffer.concat(framed.map((record) => gzipSync(record))) : Buffer.concat(framed));
    return path;
  }

  for (const [label, delta] of [["too long", 250], ["too short", -90]] as const) {
    for (const extension of [".warc", ".warc.gz"]) {
      it(`containers: a length ${label} in a ${extension} fails that record alone, with one line naming it; every other record is read`, () => {
        const run = dyad(["extract", crawl(`lying-${delta > 0 ? "long" : "short"}${extension}`, delta)]);
        expect(run.status).toBe(1);
        const base = `lying-${delta > 0 ? "long" : "short"}`;
        expect(jsonLines(run.stdout).map((r) => [r.id, r.source.url])).toEqual([1, 3, 4].map((n) => [`${base}#${n}`, `https://dispatch.example/2023/05/0${n}/story`]));
        const errors = run.stderr.trim().split("\n").filter((line) => line.includes("error"));
        expect(errors).toHaveLength(1);
        const escapedId = recordIdOf(records[1]!).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        expect(errors[0]).toMatch(new RegExp(`${base}\\.warc(\\.gz)? record 2 ${escapedId}: error: declared length \\d+ does not match the block \\(\\d+ bytes up to the next record\\)$`));
      });
    }
  }

  it("containers: ingest stores the other records of a WARC with a wrong length, counts one failure and exits 1", () => {
    const db = join(scratch(), "lying.db");
    const run = dyad(["ingest", crawl("lying-ingest.warc.gz", 250), "--db", db, "--json"]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 3, failed: 1 });
  });
});
