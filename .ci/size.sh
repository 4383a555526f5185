#!/usr/bin/env bash
# The byte budgets: gzip -9 of everything a page loads to draw the widget's first view (the
# survey-only module, its JS glue and the element with its styles, minified by `make build`) must stay
# within $1; the full module and its glue, fetched when a reader opens another view (or a page
# passes its own dataset), within $2.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$1
full_budget=$2
gz() { gzip -9 -c "$1" | wc -c; }
total=0
for f in www/pkg-survey/alliance_charts_bg.wasm www/pkg-survey/alliance_charts.js www/alliance-chart.min.js; do
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
printf '  %-40s %8d bytes more, on first use (budget %d)\n' 'every view (full module)' "$extra" "$full_budget"
if [ "$total" -gt "$budget" ]; then
  echo "size: the first view is over its budget by $((total - budget)) bytes" >&2
  exit 1
fi
if [ "$extra" -gt "$full_budget" ]; then
  echo "size: the full module is over its budget by $((extra - full_budget)) bytes" >&2
  exit 1
fi
