// End-to-end: the real `dyad serve` over a database of examples/corpus, driven in headless Chromium
// (playwright-core, no browser download). Skipped, saying why, where /usr/bin/chromium is missing.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The CLI whose `serve` is tested: the built one unless a developer points elsewhere. */
const CLI = process.env.DYAD_E2E_CLI ?? path.join(ROOT, "dist/cli/main.js");
const SHOTS = path.join(ROOT, "test-results", "e2e");
const SERVER_START_MS = 30_000;
const WAIT_MS = 15_000;
const HOSTILE = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;

const title = hasChromium
  ? "ui (headless Chromium)"
  : `ui (headless Chromium): SKIPPED, no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`;

function startServer(db: string): Promise<{ server: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [CLI, "serve", "--db", db, "--port", "0", "--host", "127.0.0.1"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const timer = setTimeout(() => {
      server.kill();
      reject(new Error(`dyad serve printed no URL within ${SERVER_START_MS} ms:\n${output}`));
    }, SERVER_START_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:(\d+)\/?/.exec(output);
      if (url) {
        clearTimeout(timer);
        resolve({ server, base: `http://127.0.0.1:${url[1]}/` });
      }
    };
    server.stdout!.on("data", read);
    server.stderr!.on("data", read);
    server.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`dyad serve exited with ${code} before printing its URL:\n${output}`));
    });
  });
}

describe(title, () => {
  let dir = "";
  let server: ChildProcess | null = null;
  let base = "";
  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) return;
    if (!existsSync(path.join(ROOT, "dist/web/index.html"))) throw new Error("dist/web is missing: run `npm run build` first");
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), "dyad-e2e-"));
    const db = path.join(dir, "e2e.db");
    execFileSync(process.execPath, [CLI, "ingest", "examples/corpus", "--db", db, "--quiet"], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    ({ server, base } = await startServer(db));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh page that records script errors, failed requests and CSP refusals as problems. */
  async function open(hash: string): Promise<Page> {
    const page = await context!.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    await page.goto(new URL(hash, base).href);
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  async function upload(page: Page, name: string, text: string): Promise<void> {
    await page.goto(new URL("#/upload", base).href);
    await page.setInputFiles("#upload-file", { name, mimeType: "text/plain", buffer: Buffer.from(text) });
    await page.click("form.upload button[type=submit]");
    await page.waitForSelector("#open-uploaded");
  }

  it.skipIf(!hasChromium)("ui: the overview shows the corpus, and a search shows marked snippets", async () => {
    const page = await open("#/");
    const { total } = (await (await fetch(new URL("api/documents?limit=1", base))).json()) as { total: number };
    await page.waitForSelector(".stat-value");
    expect(await page.textContent(".stat-value")).toBe(String(total));
    expect(await page.locator(".doc-list li").count()).toBeGreaterThan(0);
    expect(await page.locator("table.data tbody tr").count()).toBeGreaterThan(0);
    await shot(page, "01-overview");

    await page.fill("#search-q", "pipeline");
    await page.click("form.search button[type=submit]");
    await page.waitForSelector(".results li");
    const marks = await page.locator(".snippet mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => /pipeline/i.test(m))).toBe(true);
    expect(page.url()).toContain("#/?q=pipeline");
    await shot(page, "02-search");

    await page.locator(".results li a").first().click();
    await page.waitForSelector("mark.hl-focus");
    expect((await page.locator("mark.hl-focus").allTextContents()).join("")).toMatch(/pipeline/i);
    await page.close();
  });

  it.skipIf(!hasChromium)("ui: the timeline of the default pair renders entries and the trend chart", async () => {
    const page = await open("#/timeline");
    await page.waitForSelector(".vis-timeline .vis-item");
    expect(await page.locator(".vis-item").count()).toBeGreaterThan(0);
    expect(await page.locator(".entries li").count()).toBeGreaterThan(0);
    const [a, b] = [await page.inputValue("#actor-a"), await page.inputValue("#actor-b")];
    expect(a).toMatch(/^[A-Z]{3}$/);
    expect(b).not.toBe(a);
    await page.waitForSelector(".trend canvas");
    await page.click("#trend-by-month");
    await page.waitForSelector(".trend canvas");
    expect(page.url()).toContain("by=month");
    await shot(page, "03-timeline");
    await page.close();
  });

  it.skipIf(!hasChromium)("ui: a timeline entry's source opens the article with its evidence marked", async () => {
    const page = await open("#/timeline");
    await page.locator(".vis-item .tl-item").first().click();
    await page.waitForSelector(".entry-details .evidence-link");
    await shot(page, "04-timeline-entry");
    const link = page.locator(".entry-details .evidence-link").first();
    const evidence = (await link.textContent())!.replace(/^“|”$/g, "");
    await link.click();
    await page.waitForSelector("mark.hl-focus");
    expect(page.url()).toMatch(/#\/doc\/[^?]+\?start=\d+&end=\d+/);
    const marked = (await page.locator("mark.hl-focus").allTextContents()).join("");
    expect(marked).toBe(evidence);
    const box = await page.locator("mark.hl-focus").first().boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    expect(await page.locator(".article-panel .panel-item").count()).toBeGreaterThan(0);
    await shot(page, "05-article-evidence");
    await page.close();
  });

  it.skipIf(!hasChromium)("ui: an uploaded file is extracted and opens as an article", async () => {
    const page = await open("#/upload");
    const text = "Paris and Berlin agree to a joint hydrogen fund\n\nMarch 3, 2021\n\n"
      + "French Foreign Minister Jean-Yves Le Drian met his German counterpart Heiko Maas in Paris on Wednesday. "
      + "The two governments agreed to put 2 billion euros into a joint hydrogen fund by 2025, Le Drian said.\n";
    await upload(page, "e2e-upload.txt", text);
    await shot(page, "06-upload");
    await page.click("#open-uploaded");
    await page.waitForSelector("#article-title");
    expect(await page.textContent("#article-title")).toContain("hydrogen fund");
    expect(await page.textContent(".article-body")).toContain("joint hydrogen fund by 2025");
    await shot(page, "07-uploaded-article");
    await page.close();
  });

  it.skipIf(!hasChromium)("ui: an article with hostile HTML shows it as text and runs nothing", async () => {
    const page = await open("#/upload");
    const text = `Hostile markup test ${HOSTILE}\n\nMarch 4, 2021\n\n`
      + `The ministers of Spain and Portugal met in Lisbon on Thursday. ${HOSTILE} They agreed on a new rail link.\n`;
    await upload(page, "e2e-hostile.txt", text);
    await page.click("#open-uploaded");
    await page.waitForSelector(".article-body");
    await page.waitForTimeout(300);
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expect(await page.textContent(".article-body")).toContain(HOSTILE);
    expect(await page.locator(".view script, .view img").count()).toBe(0);
    await shot(page, "08-hostile-article");

    await page.goto(new URL("#/", base).href);
    await page.waitForSelector(".doc-list li");
    await page.fill("#search-q", "Lisbon");
    await page.click("form.search button[type=submit]");
    await page.waitForSelector(".results li, .search-results .empty");
    await page.waitForTimeout(300);
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expect(await page.locator(".view script, .view img").count()).toBe(0);
    await page.close();
  });

  it.skipIf(!hasChromium)("ui: the quotes and figures views render", async () => {
    const page = await open("#/quotes");
    await page.waitForSelector(".speakers, .view-quotes .empty");
    await shot(page, "09-quotes");
    await page.goto(new URL("#/figures", base).href);
    await page.waitForSelector(".conflict, .view-figures .empty");
    await shot(page, "10-figures");
    await page.close();
  });

  it.skipIf(!hasChromium)("ui: no script errors, failed loads or CSP refusals on any page", () => {
    expect(problems).toEqual([]);
  });
});
