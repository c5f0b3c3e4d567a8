// Drives the real page (web/dist) in headless Chromium, as an attorney
// would use it, and holds it to what the command line says about the same
// files. run.sh builds the page and the inputs and records the command
// line's output in WEB_OUT.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const zlib = require("node:zlib");
const puppeteer = require("puppeteer-core");

const DIST = process.env.WEB_DIST;
const OUT = process.env.WEB_OUT;
const SCREENSHOT = process.env.WEB_SCREENSHOT;
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

const MIME = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".png": "image/png",
};

// serve is the local static server (127.0.0.1 only); it records every
// request it gets.
function serve(dir) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const rel = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/+/, "") || "index.html";
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": MIME[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, requests, port: server.address().port })));
}

// unzip returns one entry of a zip archive (stored or deflated).
function unzip(buf, name) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, "not a zip: no end of central directory");
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28), xlen = buf.readUInt16LE(p + 30), clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const entry = buf.toString("utf8", p + 46, p + 46 + nlen);
    if (entry === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + csize);
      return method === 0 ? data : zlib.inflateRawSync(data);
    }
    p += 46 + nlen + xlen + clen;
  }
  return null;
}

const readJSON = (name) => JSON.parse(fs.readFileSync(path.join(OUT, name), "utf8"));
const cliError = (name) => fs.readFileSync(path.join(OUT, name), "utf8").trim().split("\n").pop();
const shown = (doc) => doc.files[0].findings.filter((f) => !f.suppressed);

// drop dispatches a drop of the named file's bytes on the drop zone, as a
// file dragged from the desktop arrives.
async function drop(page, name, bytes) {
  await page.evaluate((name, b64) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name));
    document.getElementById("drop").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, name, bytes.toString("base64"));
}

// settled waits until the page has answered the request just made.
async function settled(page) {
  await page.waitForFunction(() => document.body.dataset.state === "idle", { timeout: 120000 });
  const mem = Number(await page.evaluate(() => document.body.dataset.linterMemory || 0));
  peakMemory = Math.max(peakMemory, mem);
}

// peakMemory is the largest the linter's WebAssembly memory was seen.
let peakMemory = 0;

async function pageFindings(page) {
  return page.$$eval("#findings li.finding", (lis) => lis.map((li) => ({ rule: li.dataset.rule, line: Number(li.dataset.line) })));
}

const byLineRule = (a, b) => a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

// besideTheText is the findings the complaint view shows beside the text,
// with the line each is beside.
async function besideTheText(page) {
  const found = await page.$$eval("#complaint .para", (rows) => rows.flatMap((r) =>
    [...r.querySelectorAll(".finding")].map((f) => ({ rule: f.dataset.rule, line: Number(r.dataset.line) }))));
  return found.sort(byLineRule);
}

async function waitForFile(dir, suffix) {
  for (let i = 0; i < 600; i++) {
    const f = fs.readdirSync(dir).find((n) => n.endsWith(suffix));
    if (f) return path.join(dir, f);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no download ending in " + suffix + " appeared in " + dir);
}

test("the page lints in the browser as the command line does", async (t) => {
  const { server, requests, port } = await serve(path.resolve(DIST));
  const origin = `http://127.0.0.1:${port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-default-apps", "--disable-sync"],
  });
  t.after(async () => { await browser.close(); server.close(); });

  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const downloads = fs.mkdtempSync(path.join(OUT, "downloads-"));
  const cdp = await page.createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads });

  // Every request the page or its worker makes, with whether it came after
  // the linter was ready.
  let loaded = false;
  const seen = [];
  page.on("request", (r) => seen.push({ url: r.url(), afterLoad: loaded }));
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));

  const t0 = Date.now();
  await page.goto(origin + "/", { waitUntil: "load" });
  await page.waitForFunction(() => document.body.dataset.ready === "true", { timeout: 120000 });
  t.diagnostic(`page loaded and the linter ready in ${Date.now() - t0} ms`);
  loaded = true;
  const servedAtLoad = requests.length;
  assert.ok(requests.includes("/complaintlint.wasm"), "the page loads the linter from its own folder: " + requests.join(" "));

  // 1. The reconstruction as a .docx: the same findings, in the same order,
  //    as the command line's JSON for the same file.
  const docx = fs.readFileSync(path.join(OUT, "liveperson-fac.docx"));
  const cliDocx = readJSON("cli-docx.json");
  const want = shown(cliDocx).map((f) => ({ rule: f.rule, line: f.start.line }));
  assert.ok(want.length > 0, "the CLI finds something in the reconstruction");
  await drop(page, "liveperson-fac.docx", docx);
  await settled(page);
  assert.equal(await page.$eval("#error", (e) => e.hidden), true, "no error for the reconstruction");
  assert.deepEqual(await pageFindings(page), want);
  const ms = Number(await page.$eval("#status", (e) => e.dataset.lintMs));
  t.diagnostic(`Liveperson reconstruction (.docx, ${docx.length} bytes) linted in the page in ${ms.toFixed(0)} ms`);
  // The complaint view: the text, with every finding beside the line where
  // it starts and the words it covers marked.
  assert.deepEqual(await besideTheText(page), [...want].sort(byLineRule), "each finding beside its line in the complaint view");
  assert.ok(await page.$$eval("#complaint mark", (ms) => ms.length) > 0, "the complaint view marks the flagged words");

  // 2. The element chart, when the run has one; the findings-only view.
  const elements = (cliDocx.files[0].counts || []).flatMap((c) => c.elements || []);
  const chartTab = await page.$eval("#tab-chart", (b) => !b.hidden);
  assert.equal(chartTab, elements.length > 0, "the chart tab is offered exactly when the JSON's counts have elements");
  if (chartTab) {
    await page.click("#tab-chart");
    const rows = await page.$$eval("#chart table.chart tbody tr", (rs) => rs.length);
    assert.equal(rows, elements.length, "the chart has a row per element of the JSON");
    const missing = await page.$$eval("#chart tr[data-status=missing]", (rs) => rs.length);
    assert.equal(missing, elements.filter((e) => e.status === "missing").length, "the chart's missing rows are the JSON's");
    t.diagnostic(`element chart: ${rows} rows`);
  } else {
    t.diagnostic("the JSON has no elements on this build; the chart tab is hidden");
  }
  await page.click("#tab-findings");
  assert.equal(await page.$eval("#view-findings", (v) => !v.hidden), true);
  assert.equal(await page.$eval("#view-complaint", (v) => v.hidden), true);

  // 3. Downloads: the JSON is the command line's document; the reviewed
  //    copy has one complaintlint comment per finding.
  await page.click("#dl-json");
  const jsonFile = await waitForFile(downloads, ".complaintlint.json");
  const downloaded = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
  assert.deepEqual(downloaded.files[0].findings, cliDocx.files[0].findings);
  assert.equal(downloaded.files[0].path, cliDocx.files[0].path);
  await page.click("#dl-sarif");
  const sarif = JSON.parse(fs.readFileSync(await waitForFile(downloads, ".sarif"), "utf8"));
  assert.equal(sarif.runs[0].results.length, cliDocx.files[0].findings.length);
  await page.click("#dl-docx");
  const reviewed = fs.readFileSync(await waitForFile(downloads, ".reviewed.docx"));
  const comments = unzip(reviewed, "word/comments.xml");
  assert.ok(comments, "the reviewed copy has word/comments.xml");
  const byUs = (comments.toString("utf8").match(/<w:comment [^>]*w:author="complaintlint"/g) || []).length;
  assert.equal(byUs, want.length, "one comment per finding");
  await settled(page);

  // 4. Bad input: the command line's one-line error, and the page goes on.
  await drop(page, "corrupt.docx", fs.readFileSync(path.join(OUT, "corrupt.docx")));
  await settled(page);
  assert.equal(await page.$eval("#error", (e) => e.textContent), cliError("cli-corrupt.err"));
  assert.equal(await page.$eval("#result", (e) => e.hidden), true, "no result is shown for a file that could not be read");
  // Hostile: a zip bomb is refused as the command line refuses it.
  await drop(page, "bomb.docx", fs.readFileSync(path.join(OUT, "bomb.docx")));
  await settled(page);
  assert.equal(await page.$eval("#error", (e) => e.textContent), cliError("cli-bomb.err"));
  // Oversized: refused from its size, before it is read.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(64 * 1024 * 1024 + 1)], "huge.docx"));
    document.getElementById("drop").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await settled(page);
  assert.equal(await page.$eval("#error", (e) => e.textContent), cliError("cli-huge.err"));

  // The next file is linted as usual, picked this time through the file
  // chooser.
  const input = await page.$("#file");
  await input.uploadFile(path.join(OUT, "liveperson-fac.txt"));
  await settled(page);
  assert.equal(await page.$eval("#error", (e) => e.hidden), true, "the error is cleared");
  const wantTxt = shown(readJSON("cli-txt.json")).map((f) => ({ rule: f.rule, line: f.start.line }));
  assert.deepEqual(await pageFindings(page), wantTxt);
  assert.deepEqual(await besideTheText(page), [...wantTxt].sort(byLineRule));
  // The complaint view's lines are the file's lines.
  const lines = await page.$$eval("#complaint p.text", (ps) => ps.map((p) => p.textContent));
  const fileLines = fs.readFileSync(path.join(OUT, "liveperson-fac.txt"), "utf8").split("\n").map((l) => l.replace(/\r$/, ""));
  assert.deepEqual(lines, fileLines);
  assert.equal(await page.$eval("#dl-docx", (b) => b.hidden), true, "no reviewed copy for a text file");

  // Control characters and bidirectional overrides in the text are shown
  // as the HTML report shows them, never acted on; tabs stay tabs.
  await drop(page, "hostile.txt", Buffer.from("COMPLAINT\nPlaintiff\tsues \x1b[31mDefendant\u202e.txt\r\nNext line\u2028here\n"));
  await settled(page);
  assert.equal(await page.$eval("#error", (e) => e.hidden), true, "the text with control characters is linted");
  const shownText = await page.$$eval("#complaint p.text", (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(shownText, ["COMPLAINT", "Plaintiff\tsues \\x1b[31mDefendant<U+202E>.txt", "Next line<U+2028>here", ""]);

  // The reconstruction once more, for the time of a lint after the first.
  await drop(page, "liveperson-fac.docx", docx);
  await settled(page);
  assert.deepEqual(await pageFindings(page), want);
  const again = Number(await page.$eval("#status", (e) => e.dataset.lintMs));
  t.diagnostic(`the same .docx linted again in ${again.toFixed(0)} ms`);
  fs.writeFileSync(path.join(OUT, "lint-ms.txt"), `first ${ms.toFixed(1)}\nagain ${again.toFixed(1)}\n`);

  // A fictional complaint of the project's test data, for the README's
  // screenshot: the complaint view at its first paragraph with a finding.
  const twenty = fs.readFileSync(path.join(OUT, "twenty-counts.docx"));
  await drop(page, "twenty-counts.docx", twenty);
  await settled(page);
  assert.deepEqual(await pageFindings(page), shown(readJSON("cli-twenty.json")).map((f) => ({ rule: f.rule, line: f.start.line })));
  await page.click("#tab-complaint");
  if (SCREENSHOT) {
    await page.evaluate(() => {
      const box = document.getElementById("complaint");
      const para = box.querySelector(".para .finding");
      if (para) box.scrollTop += para.closest(".para").getBoundingClientRect().top - box.getBoundingClientRect().top;
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: SCREENSHOT });
  }

  // The linter's memory stayed within the worker's ceiling, past which it
  // replaces its instance, whatever was dropped on it.
  t.diagnostic(`the linter's WebAssembly memory peaked at ${(peakMemory / (1 << 20)).toFixed(0)} MiB`);
  assert.ok(peakMemory > 0, "the worker reports its memory");
  assert.ok(peakMemory <= 512 * 1024 * 1024, `the linter's memory grew to ${peakMemory} bytes`);

  // 5. Nothing left the page after load: the server saw no request, and
  //    the browser made none to anywhere.
  assert.deepEqual(requests.slice(servedAtLoad), [], "requests to the server after load");
  const network = seen.filter((r) => /^(https?|wss?):/.test(r.url));
  assert.deepEqual(network.filter((r) => r.afterLoad).map((r) => r.url), [], "network requests after load");
  assert.deepEqual(network.filter((r) => !r.url.startsWith(origin + "/")).map((r) => r.url), [], "requests off the local server");
  assert.deepEqual(pageErrors, []);
});
