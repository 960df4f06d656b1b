// WARC archives and feeds in, one document per article, the rest skipped with a reason;
// broken containers fail with one line each and never stop the batch.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { dyad, jsonLines, ROOT, scratch } from "./helpers.js";
import { warcFile } from "../eval/warc-writer.js";

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
