#!/usr/bin/env bash
# Seeds the fuzz corpus with the default dataset and every bad dataset of the committed
# corpus (applied), each behind two size bytes.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/pipeline
node --input-type=module -e '
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
const base = JSON.parse(readFileSync("../src/dataset/kazakhstan_2012.json", "utf8"));
const write = (name, value) => writeFileSync(`corpus/pipeline/${name}`, Buffer.concat([Buffer.from([100, 90]), Buffer.from(JSON.stringify(value))]));
write("default", base);
for (const file of readdirSync("../tests/bad-datasets")) {
  const { edits } = JSON.parse(readFileSync(`../tests/bad-datasets/${file}`, "utf8"));
  let data = structuredClone(base);
  for (const { path, value, remove } of edits) {
    if (path.length === 0) { data = value; continue; }
    let target = data;
    for (const step of path.slice(0, -1)) target = target[step];
    if (remove) delete target[path.at(-1)]; else target[path.at(-1)] = value;
  }
  write(file.replace(/\.json$/, ""), data);
}
'
