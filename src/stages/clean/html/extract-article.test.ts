import { describe, expect, it } from "vitest";
import type { MetaClue } from "../../../doc/model.js";
import { extractHtmlArticle } from "./extract-article.js";

// Fixtures are invented for these tests: a made-up river town and its ferry.
const STORY = [
  "The river council of Lower Amberford voted on Tuesday to keep the old cable ferry running through the winter, reversing a plan to close it in October.",
  "Councillors said the ferry carries about four hundred commuters a day, most of them workers at the grain terminal on the far bank, and that the nearest bridge lies forty minutes away by road.",
  "The vote followed three weeks of public meetings at which residents, shop owners and the ferry crew argued that the closure would cut the town in half during the busiest months of the harvest.",
  "Repairs to the cable housing will be paid for from the reserve fund, the council treasurer said, adding that a longer-term decision about a new vessel would be taken next spring.",
];

function page(options: { head?: string; before?: string; after?: string; paragraphs?: string[] } = {}): string {
  const paragraphs = (options.paragraphs ?? STORY).map((text) => `<p>${text}</p>`).join("\n");
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">${options.head ?? ""}</head>
<body><header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Ferry saved for the winter</h1>
<div class="article-body">${options.before ?? ""}
${paragraphs}
${options.after ?? ""}</div></article></main>
<footer><p>Amberford Gazette, 1 Quay Street</p></footer></body></html>`;
}

function cluesOf(clues: MetaClue[], field: MetaClue["field"]): Array<[string, string, string]> {
  return clues.filter((clue) => clue.field === field).map((clue) => [clue.key, clue.value, clue.from]);
}

describe("clean/html", () => {
  it("clean/html: keeps paragraph breaks", () => {
    const article = extractHtmlArticle(page());
    expect(article.paragraphs).toEqual(STORY);
  });

  it("clean/html: collapses whitespace and keeps inline links inside their paragraph", () => {
    const html = page({
      paragraphs: [...STORY.slice(0, 3), 'The full minutes are on the   <a href="/minutes">council website</a>,\n and a recording of the meeting will follow.'],
    });
    const article = extractHtmlArticle(html);
    expect(article.paragraphs.at(-1)).toBe("The full minutes are on the council website, and a recording of the meeting will follow.");
  });

  it("clean/html: keeps subheadings and list items that carry text", () => {
    const html = page({
      after: "<h2>What changes for passengers</h2><ul><li>Crossings start half an hour later on Sundays.</li><li>Bicycles ride free until the end of March.</li></ul>",
    });
    const article = extractHtmlArticle(html);
    expect(article.paragraphs.slice(-3)).toEqual([
      "What changes for passengers",
      "Crossings start half an hour later on Sundays.",
      "Bicycles ride free until the end of March.",
    ]);
  });

  it("clean/html: removes share, newsletter and related-story blocks", () => {
    const html = page({
      before: '<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>',
      after: `<p>Sign up for our morning newsletter and get the day's news in your inbox.</p>
<p><strong>Read more:</strong> <a href="/a">Harbour dredging delayed again</a></p>
<div class="related-stories"><h3>Related stories</h3><ul>
<li><a href="/b">Grain terminal hires forty seasonal workers</a></li>
<li><a href="/c">New timetable for the valley buses</a></li>
<li><a href="/d">Lower Amberford school wins rowing cup</a></li></ul></div>
<ul class="tag-list"><li><a href="/t1">Ferry</a></li><li><a href="/t2">Council</a></li><li><a href="/t3">Transport</a></li></ul>`,
    });
    const article = extractHtmlArticle(html);
    expect(article.paragraphs).toEqual(STORY);
  });

  it("clean/html: drops a 'You may also like' section that follows the article", () => {
    const html = page({
      after: `<section class="more"><h2>You may also like</h2>
<div class="teaser"><p>A retired ferryman remembers the flood of 1998 and the night the cable snapped.</p></div>
<div class="teaser"><p>Our guide to the best walks along the estuary path this autumn.</p></div></section>`,
    });
    const article = extractHtmlArticle(html);
    expect(article.paragraphs).toEqual(STORY);
  });

  it("clean/html: drops bylines, date lines, photo credits and ad labels inside the content", () => {
    const html = page({
      before: `<p>By Maren Holt</p><p>Updated 9:41 AM, Tuesday, November 19, 2019</p>
<figure><img src="ferry.jpg"><figcaption>The ferry at dawn. (Photo: Gazette staff)</figcaption></figure>
<p>The cable ferry crossing at dusk (Image: Amberford Archive)</p><p>Advertisement</p>`,
    });
    const article = extractHtmlArticle(html);
    expect(article.paragraphs).toEqual(STORY);
  });

  it("clean/html: keeps embedded posts that the story quotes", () => {
    const html = page({
      after: `<div class="social-embed"><blockquote class="twitter-tweet"><p>The ferry stays! Thank you to everyone who came to the meetings.</p>— Amberford Ferry Crew (@amberferry) November 19, 2019</blockquote></div>`,
    });
    const article = extractHtmlArticle(html);
    expect(article.paragraphs.join("\n")).toContain("The ferry stays! Thank you to everyone who came to the meetings.");
  });

  it("clean/html: returns the page title", () => {
    const article = extractHtmlArticle(page({ head: "<title>Ferry saved for the winter | Amberford Gazette</title>" }));
    expect(article.title).toContain("Ferry saved for the winter");
  });

  it("clean/html: reads title, outlet, author, date, url and language clues from meta tags", () => {
    const head = `<title>Ferry saved | Amberford Gazette</title>
<meta property="og:title" content="Ferry saved for the winter">
<meta name="twitter:title" content="Ferry saved for the winter (tw)">
<meta property="og:site_name" content="Amberford Gazette">
<meta name="application-name" content="Gazette">
<meta name="author" content="Maren Holt">
<meta property="article:author" content="https://example.org/staff/maren-holt">
<meta property="article:published_time" content="2019-11-19T09:41:00Z">
<meta property="article:modified_time" content="2019-11-20T08:00:00Z">
<meta name="pubdate" content="20191119">
<meta name="dc.date" content="2019-11-19">
<meta name="citation_publication_date" content="2019/11/19">
<link rel="canonical" href="https://example.org/news/ferry-saved">
<meta property="og:url" content="https://example.org/news/ferry-saved?ref=og">`;
    const { clues } = extractHtmlArticle(page({ head }));
    expect(cluesOf(clues, "title")).toEqual([
      ["title", "Ferry saved | Amberford Gazette", "html-meta"],
      ["og:title", "Ferry saved for the winter", "html-meta"],
      ["twitter:title", "Ferry saved for the winter (tw)", "html-meta"],
      ["h1", "Ferry saved for the winter", "html-meta"],
    ]);
    expect(cluesOf(clues, "outlet")).toEqual([
      ["og:site_name", "Amberford Gazette", "html-meta"],
      ["application-name", "Gazette", "html-meta"],
    ]);
    // article:author holding a URL names no one and is skipped.
    expect(cluesOf(clues, "author")).toEqual([["author", "Maren Holt", "html-meta"]]);
    expect(cluesOf(clues, "date")).toEqual([
      ["article:published_time", "2019-11-19T09:41:00Z", "html-meta"],
      ["article:modified_time", "2019-11-20T08:00:00Z", "html-meta"],
      ["pubdate", "20191119", "html-meta"],
      ["dc.date", "2019-11-19", "html-meta"],
      ["citation_publication_date", "2019/11/19", "html-meta"],
    ]);
    expect(cluesOf(clues, "url")).toEqual([
      ["link[rel=canonical]", "https://example.org/news/ferry-saved", "html-meta"],
      ["og:url", "https://example.org/news/ferry-saved?ref=og", "html-meta"],
    ]);
    expect(cluesOf(clues, "language")).toEqual([["html[lang]", "en-GB", "html-meta"]]);
  });

  it("clean/html: numbers clues in order of discovery", () => {
    const head = '<meta property="og:title" content="A"><meta name="author" content="B"><meta property="og:site_name" content="C">';
    const { clues } = extractHtmlArticle(page({ head }));
    expect(clues.map((clue) => clue.position)).toEqual(clues.map((_, index) => index));
    const order = clues.map((clue) => clue.key);
    expect(order.indexOf("html[lang]")).toBeLessThan(order.indexOf("og:title"));
    expect(order.indexOf("og:title")).toBeLessThan(order.indexOf("author"));
    expect(order.indexOf("author")).toBeLessThan(order.indexOf("h1"));
  });

  it("clean/html: reads JSON-LD headline, authors, publisher and dates, keeping dateModified apart", () => {
    const jsonLd = {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Ferry saved for the winter",
      author: [{ "@type": "Person", name: "Maren Holt" }, { "@type": "Person", name: "Tobias Crane" }],
      publisher: { "@type": "Organization", name: "Amberford Gazette" },
      datePublished: "2019-11-19T09:41:00+00:00",
      dateModified: "2019-11-20T08:00:00+00:00",
      inLanguage: "en",
      articleSection: "Local",
    };
    const head = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
    const { clues } = extractHtmlArticle(page({ head }));
    const fromJsonLd = clues.filter((clue) => clue.from === "json-ld").map((clue) => [clue.field, clue.key, clue.value]);
    expect(fromJsonLd).toEqual([
      ["title", "json-ld:headline", "Ferry saved for the winter"],
      ["author", "json-ld:author", "Maren Holt"],
      ["author", "json-ld:author", "Tobias Crane"],
      ["outlet", "json-ld:publisher.name", "Amberford Gazette"],
      ["date", "json-ld:datePublished", "2019-11-19T09:41:00+00:00"],
      ["date", "json-ld:dateModified", "2019-11-20T08:00:00+00:00"],
      ["language", "json-ld:inLanguage", "en"],
      ["section", "json-ld:articleSection", "Local"],
    ]);
  });

  it("clean/html: reads JSON-LD from an @graph and resolves @id references", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", "@id": "https://example.org/#site", name: "Amberford Gazette" },
        { "@type": "Organization", "@id": "https://example.org/#org", name: "Gazette Media Ltd" },
        { "@type": "Person", "@id": "https://example.org/#maren", name: "Maren Holt" },
        {
          "@type": ["ReportageNewsArticle"],
          headline: "Ferry saved &amp; repaired",
          author: { "@id": "https://example.org/#maren" },
          publisher: { "@id": "https://example.org/#org" },
          isPartOf: { "@id": "https://example.org/#site" },
          datePublished: "2019-11-19",
        },
      ],
    };
    const head = `<script type="application/ld+json">${JSON.stringify(graph)}</script>`;
    const { clues } = extractHtmlArticle(page({ head }));
    const fromJsonLd = clues.filter((clue) => clue.from === "json-ld").map((clue) => [clue.key, clue.value]);
    expect(fromJsonLd).toEqual([
      ["json-ld:headline", "Ferry saved & repaired"],
      ["json-ld:author", "Maren Holt"],
      ["json-ld:publisher.name", "Gazette Media Ltd"],
      ["json-ld:isPartOf.name", "Amberford Gazette"],
      ["json-ld:datePublished", "2019-11-19"],
    ]);
  });

  it("clean/html: ignores invalid JSON-LD and still reads the valid blocks", () => {
    const head = `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken</script>
<script type="application/ld+json">[{"@type": "BlogPosting", "headline": "Valid one", "author": "Maren Holt",}]</script>`;
    const article = extractHtmlArticle(page({ head }));
    const fromJsonLd = article.clues.filter((clue) => clue.from === "json-ld").map((clue) => [clue.key, clue.value]);
    expect(fromJsonLd).toEqual([
      ["json-ld:headline", "Valid one"],
      ["json-ld:author", "Maren Holt"],
    ]);
    expect(article.paragraphs).toEqual(STORY);
  });

  it("clean/html: tells <time pubdate> and itemprop datePublished apart from a plain <time>", () => {
    const html = page({
      before: `<p class="meta"><time datetime="2019-11-19T09:41" pubdate>19 Nov</time>
<time itemprop="datePublished" datetime="2019-11-19">Nov 19</time>
<time itemprop="dateModified" datetime="2019-11-20">Nov 20</time>
<time datetime="2019-11-01">1 Nov</time></p>`,
    });
    const { clues } = extractHtmlArticle(html);
    expect(cluesOf(clues, "date")).toEqual([
      ["time[pubdate]", "2019-11-19T09:41", "html-time"],
      ["time[itemprop=datePublished]", "2019-11-19", "html-time"],
      ["time[itemprop=dateModified]", "2019-11-20", "html-time"],
      ["time", "2019-11-01", "html-time"],
    ]);
  });

  it("clean/html: reads bylines from rel=author, itemprop=author and byline classes", () => {
    const html = page({
      before: `<div class="byline">By <a rel="author" href="/staff/maren">Maren Holt</a></div>
<span itemprop="author" itemscope><span itemprop="name">Tobias Crane</span></span>`,
    });
    const { clues } = extractHtmlArticle(html);
    expect(cluesOf(clues, "author")).toEqual([
      ["class:byline", "By Maren Holt", "byline"],
      ["a[rel=author]", "Maren Holt", "byline"],
      ["itemprop=author", "Tobias Crane", "byline"],
    ]);
  });

  it("clean/html: survives broken and truncated HTML", () => {
    const full = page({ head: '<meta property="og:title" content="Ferry saved">' });
    for (const html of [full.slice(0, Math.floor(full.length * 0.6)), full.slice(0, 300), "<div><p>Unclosed <b>bold <i>and", "<<<>>><p", "\u0000\uFFFD<html", "<script>never closed"]) {
      expect(() => extractHtmlArticle(html)).not.toThrow();
    }
    const truncated = extractHtmlArticle(full.slice(0, full.indexOf(STORY[2] ?? "") + 40));
    expect(truncated.paragraphs.slice(0, 2)).toEqual(STORY.slice(0, 2));
  });

  it("clean/html: reads pages nested too deeply for Readability from their article container", () => {
    const depth = 3000;
    const html = `<html><body>${"<div>".repeat(depth)}<article>${STORY.map((text) => `<p>${text}</p>`).join("")}</article>${"</div>".repeat(depth)}</body></html>`;
    const started = Date.now();
    const article = extractHtmlArticle(html);
    expect(article.paragraphs).toEqual(STORY);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("clean/html: handles a fragment without <html> or <body>", () => {
    const article = extractHtmlArticle(`<title>Fragment</title>${STORY.map((text) => `<p>${text}</p>`).join("")}`);
    expect(article.paragraphs).toEqual(STORY);
    expect(cluesOf(article.clues, "title")).toEqual([["title", "Fragment", "html-meta"]]);
  });

  it("clean/html: returns an empty article for empty input and pages without text", () => {
    for (const html of ["", "   ", "<html><head></head><body></body></html>", '<html><body><img src="a.png"></body></html>']) {
      const article = extractHtmlArticle(html, null);
      expect(article.paragraphs).toEqual([]);
      expect(article.clues).toEqual([]);
    }
  });
});
