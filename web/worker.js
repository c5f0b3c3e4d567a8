// The linter's thread: loads Go's WebAssembly runtime and complaintlint.wasm
// once, then lints each file the page posts, so the page never freezes.
// After the two files it loads, nothing here opens a connection: the draft
// is read from the File the page hands over, and a fresh instance of the
// linter is made from the module already compiled.
"use strict";

importScripts("wasm_exec.js");

// An instance's memory only grows; past this, the instance is replaced by a
// fresh one after the lint, so one large file does not keep the page big.
const MEMORY_CEILING = 512 << 20;

let modulePromise; // the compiled complaintlint.wasm
let linter; // { api, exited, memory } of the running instance
let last = null; // the bytes, name and options of the file linted last, for annotate

function compile() {
  const response = fetch("complaintlint.wasm");
  // compileStreaming needs the server to send application/wasm; an
  // intranet server that does not still works through the slower path.
  return WebAssembly.compileStreaming(response)
    .catch(() => response.then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)));
}

async function start() {
  const mod = await modulePromise;
  const go = new Go();
  const defined = new Promise((resolve) => { globalThis.complaintlintReady = resolve; });
  const instance = await WebAssembly.instantiate(mod, go.importObject);
  const exited = go.run(instance).then(() => {
    throw new Error("the linter stopped (out of memory?)");
  });
  await Promise.race([defined, exited]);
  return { api: globalThis.complaintlint, exited, memory: instance.exports.mem };
}

// current returns the running instance, starting a fresh one when there is
// none or the last one stopped.
async function current() {
  if (!linter) linter = await start();
  return linter;
}

// call runs one API call; if the instance stops instead of answering (a
// runtime failure), the call fails with a one-line error and the next call
// gets a fresh instance.
async function call(name, fn) {
  const l = await current();
  try {
    return await Promise.race([fn(l.api), l.exited]);
  } catch (err) {
    if (err.message === "the linter stopped (out of memory?)") {
      linter = null;
      throw new Error(name + ": error: " + err.message);
    }
    throw err;
  } finally {
    if (linter && l.memory && l.memory.buffer.byteLength > MEMORY_CEILING) linter = null;
  }
}

// memoryOf is the size of an instance's memory, which only grows: its
// high-water mark.
function memoryOf(l) { return l.memory ? l.memory.buffer.byteLength : 0; }

function post(msg, transfer) { self.postMessage(msg, transfer || []); }

// warmUp lints a sample complaint (one of the project's fictional test
// complaints, shipped as warmup.txt) while the page loads, so the
// engine's lazily built tables exist and the browser has compiled the hot
// code before the user's draft arrives. Its result is discarded; a missing
// sample only costs the first lint that time.
async function warmUp(l) {
  try {
    const r = await fetch("warmup.txt");
    if (!r.ok) return l;
    const bytes = new Uint8Array(await r.arrayBuffer());
    // Twice: the browser compiles its optimized code for what ran hot in
    // the first pass.
    for (let i = 0; i < 2; i++) await l.api.reports(bytes, "warmup.txt", {}, ["json", "sarif"]);
  } catch (err) {
    // Only a cost, never an error: the draft is linted all the same.
  }
  return l;
}

modulePromise = compile();
const ready = current().then(warmUp).then(
  (l) => post({ type: "ready", version: l.api.version, maxFileSize: l.api.maxFileSize }),
  (err) => post({ type: "fatal", error: "complaintlint: the linter could not be loaded: " + err.message }),
);

async function lintFile(id, file, options) {
  last = null;
  const l = await current();
  // The size is checked before a byte is read, as the command line does.
  const tooLarge = l.api.checkSize(file.name, file.size);
  if (tooLarge) {
    post({ type: "error", id, error: tooLarge });
    return;
  }
  post({ type: "progress", id, stage: "reading" });
  const bytes = new Uint8Array(await file.arrayBuffer());
  post({ type: "progress", id, stage: "linting" });
  const t0 = performance.now();
  let out;
  try {
    out = await call(file.name, (api) => api.reports(bytes, file.name, options, ["json", "sarif"]));
  } catch (err) {
    post({ type: "error", id, error: err.message, memory: memoryOf(l) });
    return;
  }
  const ms = performance.now() - t0;
  last = { bytes, name: file.name, options };
  // source is the text the JSON's byte spans index, which the page lays
  // the complaint out from; its buffer is handed over, not copied.
  post({ type: "result", id, name: file.name, ms, memory: memoryOf(l), json: out.json, sarif: out.sarif, source: out.source },
    [out.source.buffer]);
}

async function annotate(id) {
  if (!last) {
    post({ type: "error", id, error: "complaintlint annotate: no Word file has been linted" });
    return;
  }
  try {
    const { bytes, name, options } = last;
    const docx = await call(name, (api) => api.annotate(bytes, Object.assign({}, options, { name })));
    post({ type: "reviewed", id, name, docx }, [docx.buffer]);
  } catch (err) {
    post({ type: "error", id, error: err.message });
  }
}

// Calls are served one at a time, in the order they were posted.
let queue = ready;
self.onmessage = (e) => {
  const msg = e.data;
  queue = queue.then(async () => {
    if (msg.type === "lint") await lintFile(msg.id, msg.file, msg.options);
    else if (msg.type === "annotate") await annotate(msg.id);
  }).catch((err) => post({ type: "error", id: msg.id, error: "complaintlint: " + err.message }));
};
