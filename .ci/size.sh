#!/usr/bin/env bash
# The byte budget: gzip -9 of everything a page loads for the widget must stay within $1.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$1
total=0
for f in www/pkg/alliance_charts_bg.wasm www/pkg/alliance_charts.js www/alliance-chart.js www/alliance-chart.css; do
  n=$(gzip -9 -c "$f" | wc -c)
  printf '  %-36s %8d bytes gzip -9\n' "$f" "$n"
  total=$((total + n))
done
printf '  %-36s %8d bytes (budget %d)\n' total "$total" "$budget"
if [ "$total" -gt "$budget" ]; then
  echo "size: over budget by $((total - budget)) bytes" >&2
  exit 1
fi
