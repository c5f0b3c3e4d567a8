#!/usr/bin/env bash
# Builds the browser page into web/dist/: the page, its scripts and
# stylesheet, complaintlint.wasm and Go's wasm_exec.js from the toolchain
# that built it. The folder is static: serve it from anywhere.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
out=dist
version=${VERSION:-$(git -C "$root" describe --tags --always --dirty 2>/dev/null || echo devel)}

rm -rf "$out.tmp"
mkdir -p "$out.tmp"
(cd "$root" && GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w -X main.version=$version" \
  -o "web/$out.tmp/complaintlint.wasm" ./cmd/complaintlint-wasm)

goroot=$(go env GOROOT)
exec_js=""
for p in "$goroot/lib/wasm/wasm_exec.js" "$goroot/misc/wasm/wasm_exec.js"; do
  if [ -f "$p" ]; then exec_js=$p; break; fi
done
if [ -z "$exec_js" ]; then
  echo "build.sh: wasm_exec.js not found under $goroot (lib/wasm or misc/wasm)" >&2
  exit 1
fi
cp "$exec_js" "$out.tmp/wasm_exec.js"
cp index.html app.js worker.js style.css "$out.tmp/"
# The fictional complaint the worker lints once while the page loads.
cp "$root/testdata/complaints/twenty-counts.txt" "$out.tmp/warmup.txt"
rm -rf "$out"
mv "$out.tmp" "$out"

size=$(wc -c <"$out/complaintlint.wasm")
gz=$(gzip -9c "$out/complaintlint.wasm" | wc -c)
sizes="$size bytes, $gz gzipped (-9)"
if command -v brotli >/dev/null; then
  sizes="$sizes, $(brotli -q 11 -c "$out/complaintlint.wasm" | wc -c) with Brotli (-q 11)"
fi
echo "web/$out: complaintlint.wasm $sizes"
