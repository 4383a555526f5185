#!/usr/bin/env bash
# The byte budget: gzip -9 of everything a page loads to draw the widget's first view (the
# survey-only module, its JS glue, the element and its CSS, minified by `make build`) must stay within $1. The full
# module, fetched only when a reader opens another view, is reported beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$1
gz() { gzip -9 -c "$1" | wc -c; }
total=0
for f in www/pkg-survey/alliance_charts_bg.wasm www/pkg-survey/alliance_charts.js www/alliance-chart.min.js www/alliance-chart.min.css; do
  n=$(gz "$f")
  printf '  %-40s %8d bytes gzip -9\n' "$f" "$n"
  total=$((total + n))
done
printf '  %-40s %8d bytes (budget %d)\n' 'first view (survey), total' "$total" "$budget"
extra=0
for f in www/pkg/alliance_charts_bg.wasm www/pkg/alliance_charts.js; do
  n=$(gz "$f")
  printf '  %-40s %8d bytes gzip -9\n' "$f" "$n"
  extra=$((extra + n))
done
printf '  %-40s %8d bytes more, on first use\n' 'every view (full module)' "$extra"
if [ "$total" -gt "$budget" ]; then
  echo "size: over budget by $((total - budget)) bytes" >&2
  exit 1
fi
