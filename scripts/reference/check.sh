#!/usr/bin/env bash
# Regenerates the reference fixtures of src/analysis/early-warning/ and fails if they differ
# from those committed: the inputs always (Node only), the R outputs when Rscript is
# installed (Debian: r-base-core r-cran-surveillance r-cran-spdep r-cran-jsonlite
# r-cran-spatstat).
# Without R the R part is skipped, with a message, and the check passes.
set -euo pipefail
cd "$(dirname "$0")/../.."
fixtures=test/fixtures/reference
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node --import ./scripts/worker-typescript/register.js scripts/reference/make-inputs.mjs "$work/inputs" >/dev/null
node scripts/reference/make-more-inputs.mjs "$work/inputs" >/dev/null
node scripts/reference/compare-outputs.mjs "$fixtures/inputs" "$work/inputs"

if ! command -v Rscript >/dev/null 2>&1; then
  echo "Rscript not found: the R reference outputs were not regenerated (check skipped)."
  exit 0
fi
Rscript scripts/reference/reference.R "$work/outputs"
Rscript scripts/reference/reference-more.R "$work/outputs"
Rscript scripts/reference/reference-spatial.R "$work/outputs"
node scripts/reference/compare-outputs.mjs "$fixtures/outputs" "$work/outputs"
