#!/usr/bin/env bash
# Builds web/dist, makes the inputs (the Liveperson reconstruction as a
# LibreOffice .docx, a corrupt .docx, an oversized file), records what the
# command line says about each, and drives the page over them in headless
# Chromium (browser.test.js). Needs Go, Node/npm, soffice and chromium.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
out=$PWD/out

../build.sh
# The page downloads the linter once; it must stay within 8 MB compressed.
gz=$(gzip -9c ../dist/complaintlint.wasm | wc -c)
if [ "$gz" -gt 8000000 ]; then
  echo "run.sh: complaintlint.wasm is $gz bytes gzipped, over the 8 MB the page allows itself" >&2
  exit 1
fi
npm ci --no-audit --no-fund --silent

rm -rf "$out"
mkdir -p "$out/profile"
(cd "$root" && go build -o "$out/complaintlint" ./cmd/complaintlint)

cp "$root/testdata/complaints/liveperson-fac.txt" "$root/testdata/complaints/twenty-counts.txt" "$out/"
# A private LibreOffice profile, so a running instance or a stale lock in
# the user's profile cannot swallow the conversion.
HOME="$out/profile" soffice "-env:UserInstallation=file://$out/profile/lo" --headless --norestore \
  --convert-to docx --outdir "$out" "$out/liveperson-fac.txt" "$out/twenty-counts.txt" >/dev/null
test -s "$out/liveperson-fac.docx" && test -s "$out/twenty-counts.docx"
# A Word file cut short: the zip's central directory is gone.
head -c 4096 "$out/liveperson-fac.docx" >"$out/corrupt.docx"
# A hostile one: a 200 MB part deflated to a few hundred KB (a zip bomb).
python3 - "$out/bomb.docx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>' + " " * (200 << 20) + "</w:t></w:r></w:p></w:body></w:document>")
PY
# One byte past the size limit (sparse: takes no disk).
truncate -s $((64 * 1024 * 1024 + 1)) "$out/huge.docx"

# What the command line says about each, run where the files are so the
# paths it prints are the names the page is given.
cli() { # expected-exit name args...
  local want=$1 name=$2; shift 2
  local code=0
  (cd "$out" && ./complaintlint "$@" >"$name.json" 2>"$name.err") || code=$?
  if [ "$code" != "$want" ]; then
    echo "run.sh: complaintlint $* exited $code, want $want" >&2
    cat "$out/$name.err" >&2
    exit 1
  fi
}
cli 1 cli-docx --format json liveperson-fac.docx
cli 1 cli-txt --format json liveperson-fac.txt
cli 1 cli-twenty --format json twenty-counts.docx
cli 2 cli-corrupt --format json corrupt.docx
cli 2 cli-huge --format json huge.docx
cli 2 cli-bomb --format json bomb.docx

# The page's screenshot goes with the other outputs, so that a test run
# never rewrites a tracked file; UPDATE_SCREENSHOT=1 refreshes the one the
# README shows (web/screenshot.png).
shot="$out/screenshot.png"
[ "${UPDATE_SCREENSHOT:-}" = 1 ] && shot="$root/web/screenshot.png"
export WEB_DIST="$root/web/dist" WEB_OUT="$out" WEB_SCREENSHOT="$shot"
export CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}"
node --test --test-reporter=spec browser.test.js
# A painted page is tens of kilobytes; a blank one a few hundred bytes.
size=$(wc -c <"$shot")
if [ "$size" -lt 20000 ]; then
  echo "run.sh: the page's screenshot is $size bytes; a painted page is far larger" >&2
  exit 1
fi
