// The page: hands a dropped or chosen draft to the linter's worker and
// shows what comes back (the complaint with its findings beside their
// paragraphs, as the HTML report shows them; the findings alone; the
// element chart when the run has one) with downloads of the reviewed Word
// copy and the JSON and SARIF documents. Every view is laid out here from
// the JSON document and the text its byte spans index. Everything runs
// here; nothing is sent anywhere.
"use strict";

const $ = (id) => document.getElementById(id);

const STATES = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
  "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
  "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"];
for (const s of STATES) $("state").add(new Option(s, s));

const worker = new Worker("worker.js");
let nextId = 1;
let current = null; // the request whose answer the page is waiting for
let result = null; // the last result shown: { name, json, sarif, doc }
let lastFile = null; // the file linted last, linted again when the forum changes
let busy = true;

function setStatus(text, working) {
  $("status-text").textContent = text;
  const bar = $("progress");
  bar.hidden = !working;
  if (working) bar.removeAttribute("value"); // indeterminate while working
  document.body.dataset.state = working ? "working" : "idle";
}

function showError(text) {
  const e = $("error");
  e.textContent = text;
  e.hidden = !text;
}

function options() {
  const o = {};
  if ($("circuit").value) o.circuit = $("circuit").value;
  if ($("state").value) o.state = $("state").value;
  return o;
}

function lint(file) {
  if (!file) return;
  lastFile = file;
  showError("");
  busy = true;
  current = { id: nextId++, kind: "lint", name: file.name, file };
  setStatus("Reading " + file.name + "…", true);
  worker.postMessage({ type: "lint", id: current.id, file, options: options() });
}

worker.onmessage = (e) => {
  const m = e.data;
  switch (m.type) {
    case "ready":
      busy = false;
      $("version").textContent = "complaintlint " + m.version;
      document.body.dataset.ready = "true";
      setStatus("Ready. Nothing you drop here leaves this computer.", false);
      return;
    case "fatal":
      showError(m.error);
      setStatus("", false);
      return;
  }
  if (!current || m.id !== current.id) return; // an answer nobody waits for any more
  if (m.memory) document.body.dataset.linterMemory = String(m.memory);
  switch (m.type) {
    case "progress":
      setStatus((m.stage === "reading" ? "Reading " : "Linting ") + current.name + "…", true);
      return;
    case "error":
      busy = false;
      showError(m.error);
      setStatus("", false);
      if (current.kind === "lint") {
        result = null;
        $("result").hidden = true;
      }
      current = null;
      return;
    case "result":
      busy = false;
      current = null;
      show(m);
      return;
    case "reviewed":
      busy = false;
      current = null;
      setStatus("Wrote the reviewed copy.", false);
      save(reviewedName(m.name), new Blob([m.docx], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
      return;
  }
};

worker.onerror = (e) => {
  showError("complaintlint: the linter could not be loaded: " + (e.message || "worker error"));
  setStatus("", false);
};

function reviewedName(name) {
  return name.replace(/\.docx$/i, "") + ".reviewed.docx";
}

function baseName(name) {
  return name.replace(/\.(docx|md|markdown|txt)$/i, "");
}

function save(name, blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60000);
}

function show(m) {
  const doc = JSON.parse(m.json);
  const file = doc.files[0];
  result = { name: m.name, json: m.json, sarif: m.sarif, doc };
  const shown = file.findings.filter((f) => !f.suppressed);
  const n = shown.length;
  setStatus("Linted " + m.name + " in " + Math.round(m.ms) + " ms.", false);
  $("status").dataset.lintMs = String(m.ms);
  $("summary").textContent = n === 0
    ? m.name + ": no findings."
    : m.name + ": " + n + (n === 1 ? " finding" : " findings") + " (" + bySeverity(shown) + ").";
  renderComplaint(file, shown, m.source);
  renderFindings(file, shown);
  const charted = chartCounts(file);
  const hasChart = charted.length > 0;
  $("tab-chart").hidden = !hasChart;
  if (hasChart) renderChart(charted);
  else $("chart").replaceChildren();
  $("dl-docx").hidden = !/\.docx$/i.test(m.name);
  $("result").hidden = false;
  if (!hasChart && $("tab-chart").getAttribute("aria-selected") === "true") select("complaint");
}

function bySeverity(fs) {
  const c = {};
  for (const f of fs) c[f.severity] = (c[f.severity] || 0) + 1;
  return ["error", "warning", "info"].filter((s) => c[s]).map((s) => c[s] + " " + s + (c[s] === 1 || s === "info" ? "" : "s")).join(", ");
}

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("data-")) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) if (c !== null && c !== undefined && c !== "") e.append(c);
  return e;
}

// The text is shown as the HTML report shows it (lint/report/visible.go):
// control characters as escapes ("\x1b", "\n"), the characters that
// reorder or break what is displayed (bidirectional overrides and
// isolates, C1 controls, line separators) as "<U+202E>", and bytes that
// are not UTF-8 as "\xff"; in the complaint's own lines a tab stays a tab.
const HIDDEN = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const UNSAFE = /[\u0000-\u001f\u007f\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function hex(n, width) { return n.toString(16).toUpperCase().padStart(width, "0"); }

function escapeChar(c, keepTabs) {
  const n = c.codePointAt(0);
  switch (c) {
    case "\t": return keepTabs ? "\t" : "\\t";
    case "\n": return "\\n";
    case "\r": return "\\r";
  }
  if (n < 0x20 || n === 0x7f) return "\\x" + hex(n, 2).toLowerCase();
  return "<U+" + hex(n, 4) + ">";
}

// visible renders a string of the JSON document (a message, a name).
function visible(s) {
  return String(s).replace(UNSAFE, (c) => escapeChar(c, false));
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

// visibleBytes renders bytes of the complaint's text, tabs kept.
function visibleBytes(b) {
  try {
    const s = utf8.decode(b);
    return s.replace(UNSAFE, (c) => escapeChar(c, true));
  } catch {
    // Not UTF-8: decode by hand, each byte of a broken sequence shown as
    // \xHH, as Go's utf8.DecodeRune reads them.
  }
  let out = "";
  for (let i = 0; i < b.length;) {
    const [r, size] = decodeRune(b, i);
    if (r < 0) out += "\\x" + hex(b[i], 2).toLowerCase();
    else {
      const c = String.fromCodePoint(r);
      out += r < 0x20 || r === 0x7f || HIDDEN.test(c) ? escapeChar(c, true) : c;
    }
    i += size;
  }
  return out;
}

// decodeRune decodes the UTF-8 sequence at b[i]: [rune, size], or [-1, 1]
// for a byte that does not start a valid sequence.
function decodeRune(b, i) {
  const c = b[i];
  if (c < 0x80) return [c, 1];
  let n, r, min;
  if (c >= 0xc2 && c <= 0xdf) [n, r, min] = [2, c & 0x1f, 0x80];
  else if (c >= 0xe0 && c <= 0xef) [n, r, min] = [3, c & 0x0f, 0x800];
  else if (c >= 0xf0 && c <= 0xf4) [n, r, min] = [4, c & 0x07, 0x10000];
  else return [-1, 1];
  if (i + n > b.length) return [-1, 1];
  for (let k = 1; k < n; k++) {
    const d = b[i + k];
    if ((d & 0xc0) !== 0x80) return [-1, 1];
    r = (r << 6) | (d & 0x3f);
  }
  if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return [-1, 1];
  return [r, n];
}

const RANK = { info: 0, warning: 1, error: 2 };

// where says where a finding starts, as the HTML report does: "line 26,
// ¶ 5", or "paragraph 26" in a Word file.
function where(file, f) {
  let s = (file.format === "docx" ? "paragraph " : "line ") + f.start.line;
  if (f.allegation) s += ", ¶ " + f.allegation;
  return s;
}

// renderComplaint lays the complaint out as the HTML report's "Text with
// findings": one row per line of the text, the words a finding covers
// marked by the most serious severity covering them, and every finding
// beside the line where it starts.
function renderComplaint(file, shown, source) {
  const box = $("complaint");
  box.replaceChildren();
  const forum = file.forum && file.forum.summary ? "Forum: " + file.forum.summary + ". " + (file.forum.change || "") : "";
  if (forum) box.append(el("p", { class: "forum" }, visible(forum.trim())));
  const headings = new Set((file.counts || []).map((c) => c.heading && c.heading.line).filter(Boolean));
  const beside = new Map();
  for (const f of shown) {
    if (!beside.has(f.start.line)) beside.set(f.start.line, []);
    beside.get(f.start.line).push(f);
  }
  // The findings that mark text, by where they start; active are those
  // begun before the line and not yet ended, so a long complaint is laid
  // out in one pass whatever its number of findings.
  const spans = shown.filter((f) => f.span.start < f.span.end).sort((a, b) => a.span.start - b.span.start);
  let begun = 0;
  let active = [];
  const rows = document.createDocumentFragment();
  for (let line = 1, start = 0; ; line++) {
    const nl = source.indexOf(10, start);
    let end = nl < 0 ? source.length : nl;
    if (end > start && source[end - 1] === 13) end--; // a "\r" before "\n" ends the line
    while (begun < spans.length && spans[begun].span.start < end) active.push(spans[begun++]);
    active = active.filter((f) => f.span.end > start);
    const text = el("p", { class: "text" });
    for (const piece of pieces(start, end, active)) {
      const s = visibleBytes(source.subarray(piece.lo, piece.hi));
      text.append(piece.severity ? el("mark", { class: "sev-" + piece.severity }, s) : s);
    }
    const row = el("div", { class: "para" + (headings.has(line) ? " count-heading" : ""), "data-line": String(line) }, text);
    const fs = beside.get(line);
    if (fs) {
      row.append(el("aside", {}, ...fs.map((f) => el("div", { class: "finding sev-" + f.severity, "data-rule": f.rule },
        el("p", { class: "head" }, el("span", { class: "sev" }, f.severity), " ", el("strong", {}, visible(f.rule)), " ",
          el("span", { class: "where" }, where(file, f))),
        el("p", {}, visible(f.message)),
        f.authority ? el("p", { class: "authority" }, "Authority: " + visible(f.authority)) : null,
        f.fix ? el("p", { class: "fix" }, "Fix: " + visible(f.fix)) : null))));
    }
    rows.append(row);
    if (nl < 0) break;
    start = nl + 1;
  }
  box.append(rows);
}

// pieces cuts the line [start, end) wherever a finding's span starts or
// ends inside it, so overlapping findings each show; a piece covered by
// findings takes the most serious of their severities.
function pieces(start, end, spans) {
  const here = spans.filter((f) => f.span.start < end && f.span.end > start);
  const cuts = [start, end];
  for (const f of here) {
    for (const o of [f.span.start, f.span.end]) if (o > start && o < end) cuts.push(o);
  }
  cuts.sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const lo = cuts[k], hi = cuts[k + 1];
    if (lo === hi) continue;
    let severity = "";
    for (const f of here) {
      if (f.span.start <= lo && hi <= f.span.end && (!severity || RANK[f.severity] > RANK[severity])) severity = f.severity;
    }
    out.push({ lo, hi, severity });
  }
  return out;
}

function renderFindings(file, shown) {
  const list = $("findings");
  list.replaceChildren();
  if (shown.length === 0) {
    list.append(el("li", { class: "none" }, "No findings."));
    return;
  }
  for (const f of shown) {
    const where = [visible(f.count || ""), f.allegation ? "¶ " + f.allegation : "", "line " + f.start.line + ", column " + f.start.column]
      .filter(Boolean).join(" · ");
    list.append(el("li", { class: "finding sev-" + f.severity, "data-rule": f.rule, "data-line": String(f.start.line), "data-column": String(f.start.column) },
      el("div", { class: "head" }, el("span", { class: "sev" }, f.severity), " ", el("code", { class: "rule" }, f.rule)),
      el("p", { class: "msg" }, visible(f.message)),
      el("p", { class: "where" }, where),
      f.authority ? el("p", { class: "authority" }, el("span", { class: "label" }, "Authority: "), visible(f.authority)) : null,
      f.fix ? el("p", { class: "fix" }, el("span", { class: "label" }, "Fix: "), visible(f.fix)) : null,
      f.forum_profile ? el("p", { class: "forum" }, el("span", { class: "label" }, "Forum: "), String(f.forum_profile)) : null));
  }
}

// chartCounts is the chart of a file of the JSON document: the counts that
// carry an elements array (one row per element, each naming its list), with
// the rows grouped into one block per list, in their order.
function chartCounts(file) {
  const out = [];
  for (const c of Array.isArray(file.counts) ? file.counts : []) {
    if (!Array.isArray(c.elements) || c.elements.length === 0) continue;
    const blocks = [];
    for (const e of c.elements) {
      let b = blocks[blocks.length - 1];
      if (!b || b.title !== e.list) {
        b = { title: e.list, elements: [] };
        blocks.push(b);
      }
      b.elements.push(e);
    }
    out.push({ name: c.name, title: c.title, blocks });
  }
  return out;
}

// renderChart draws the element chart: one table per count, a row per
// element with its status, the paragraphs that carry it and the deciding
// rule. It reads the fields the chart has and leaves out what it lacks.
function renderChart(elements) {
  const box = $("chart");
  box.replaceChildren();
  for (const count of elements) {
    const section = el("section", { class: "chart-count" },
      el("h3", {}, [count.name || count.count, count.title].filter(Boolean).join(": ")));
    const blocks = Array.isArray(count.blocks) ? count.blocks : [{ elements: count.elements || count.rows || [] }];
    for (const b of blocks) {
      if (b.title || b.family) section.append(el("h4", {}, b.title || b.family));
      if (b.note) section.append(el("p", { class: "hint" }, b.note));
      const table = el("table", { class: "chart" },
        el("thead", {}, el("tr", {}, el("th", {}, "Element"), el("th", {}, "Status"), el("th", {}, "¶¶"), el("th", {}, "Rule"), el("th", {}, "Note"))));
      const body = el("tbody");
      for (const r of b.elements || b.rows || []) {
        const status = String(r.status || "not checked");
        body.append(el("tr", { class: "status-" + status.replace(/\s+/g, "-"), "data-status": status },
          el("td", {}, r.element || r.name || r.id || ""),
          el("td", { class: "status" }, status),
          el("td", {}, refs(r)),
          el("td", {}, el("code", {}, r.decided_by || r.decidedBy || r.rule || (Array.isArray(r.rules) ? r.rules.join(", ") : ""))),
          el("td", {}, r.message || r.note || "")));
      }
      table.append(body);
      section.append(table);
    }
    box.append(section);
  }
}

function refs(r) {
  if (typeof r.paragraphs === "string") return r.paragraphs;
  if (typeof r.refs === "string") return r.refs;
  if (Array.isArray(r.refs)) {
    return r.refs.map((x) => (x.allegation ? "¶ " + x.allegation : "line " + x.line)).join(", ") || "—";
  }
  return "—";
}

function select(view) {
  for (const v of ["complaint", "findings", "chart"]) {
    $("tab-" + v).setAttribute("aria-selected", String(v === view));
    $("view-" + v).hidden = v !== view;
  }
}
for (const v of ["complaint", "findings", "chart"]) $("tab-" + v).addEventListener("click", () => select(v));

$("dl-json").addEventListener("click", () => {
  if (result) save(baseName(result.name) + ".complaintlint.json", new Blob([result.json], { type: "application/json" }));
});
$("dl-sarif").addEventListener("click", () => {
  if (result) save(baseName(result.name) + ".sarif", new Blob([result.sarif], { type: "application/sarif+json" }));
});
$("dl-docx").addEventListener("click", () => {
  if (!result || busy) return;
  busy = true;
  current = { id: nextId++, kind: "annotate", name: result.name };
  setStatus("Writing the reviewed copy of " + result.name + "…", true);
  worker.postMessage({ type: "annotate", id: current.id });
});

$("file").addEventListener("change", (e) => {
  lint(e.target.files[0]);
  e.target.value = ""; // choosing the same file again lints it again
});
const drop = $("drop");
drop.addEventListener("keydown", (e) => {
  if (e.key === "Enter" || e.key === " ") { e.preventDefault(); $("file").click(); }
});
for (const t of ["dragenter", "dragover"]) {
  drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add("over"); });
}
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  lint(e.dataTransfer.files[0]);
});
// A file dropped anywhere else must not make the browser navigate to it.
window.addEventListener("dragover", (e) => e.preventDefault());
window.addEventListener("drop", (e) => e.preventDefault());
// Changing the forum lints the current file again under it.
for (const id of ["circuit", "state"]) {
  $(id).addEventListener("change", () => { if (result && lastFile) lint(lastFile); });
}
