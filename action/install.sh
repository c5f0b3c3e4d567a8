#!/usr/bin/env bash
# The action's first step: puts complaintlint on the job's PATH. With
# CL_VERSION (a tag), downloads that release's Linux or macOS archive for
# the runner and checks it against the release's checksums.txt; without,
# builds the action's own source with go install.
#
# Environment: CL_VERSION, RUNNER_TEMP, GITHUB_PATH, GITHUB_ACTION_PATH;
# CL_RELEASES overrides where releases are downloaded from (the test
# points it at a local snapshot release).
set -euo pipefail
dest="${RUNNER_TEMP:?}/complaintlint/bin"
mkdir -p "$dest"

if [ -z "${CL_VERSION:-}" ]; then
  command -v go >/dev/null || { echo "::error::complaintlint: set the version input, or install Go (actions/setup-go) to build from source"; exit 2; }
  echo "Building complaintlint from $GITHUB_ACTION_PATH"
  (cd "$GITHUB_ACTION_PATH" && GOBIN="$dest" go install ./cmd/complaintlint)
else
  [[ $CL_VERSION =~ ^v[0-9]+\.[0-9]+\.[0-9]+ ]] || { echo "::error::complaintlint: version '$CL_VERSION' is not a release tag such as v0.1.0"; exit 2; }
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "::error::complaintlint: no release archive for $(uname -s) runners; leave version empty to build from source"; exit 2 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=amd64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "::error::complaintlint: no release archive for $(uname -m)"; exit 2 ;;
  esac
  releases=${CL_RELEASES:-https://github.com/complaintlint/complaintlint/releases/download}
  archive="complaintlint_${CL_VERSION#v}_${os}_${arch}.tar.gz"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  echo "Downloading $archive"
  curl -fsSL --retry 3 -o "$tmp/$archive" "$releases/$CL_VERSION/$archive"
  curl -fsSL --retry 3 -o "$tmp/checksums.txt" "$releases/$CL_VERSION/checksums.txt"
  (cd "$tmp" && grep "  $archive\$" checksums.txt | sha256sum -c --quiet -) || { echo "::error::complaintlint: $archive does not match the release's checksums"; exit 2; }
  tar -xzf "$tmp/$archive" -C "$tmp"
  cp "$tmp/${archive%.tar.gz}/complaintlint" "$dest/complaintlint"
fi
echo "$dest" >> "${GITHUB_PATH:?}"
"$dest/complaintlint" version
