// The page: hands a dropped or chosen draft to the linter's worker and
// shows what comes back (the complaint with its findings as the HTML
// report shows them, the findings alone, the element chart when the run
// has one) with downloads of the reviewed Word copy and the JSON and SARIF
// documents. Everything runs here; nothing is sent anywhere.
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
  $("report").srcdoc = m.html;
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

function renderFindings(file, shown) {
  const list = $("findings");
  list.replaceChildren();
  if (shown.length === 0) {
    list.append(el("li", { class: "none" }, "No findings."));
    return;
  }
  for (const f of shown) {
    const where = [f.count, f.allegation ? "¶ " + f.allegation : "", "line " + f.start.line + ", column " + f.start.column]
      .filter(Boolean).join(" · ");
    list.append(el("li", { class: "finding sev-" + f.severity, "data-rule": f.rule, "data-line": String(f.start.line), "data-column": String(f.start.column) },
      el("div", { class: "head" }, el("span", { class: "sev" }, f.severity), " ", el("code", { class: "rule" }, f.rule)),
      el("p", { class: "msg" }, f.message),
      el("p", { class: "where" }, where),
      f.authority ? el("p", { class: "authority" }, el("span", { class: "label" }, "Authority: "), f.authority) : null,
      f.fix ? el("p", { class: "fix" }, el("span", { class: "label" }, "Fix: "), f.fix) : null,
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
