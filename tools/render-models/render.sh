#!/usr/bin/env bash
# Dev-only: writes a picture next to each model in processes/ so that people can read the
# models without Camunda Modeler: processes/X.bpmn -> processes/X.svg (bpmn-js), and
# processes/X.dmn -> processes/X.png (the decision table as dmn-js shows it).
# Needs node/npm and a headless Chromium (Debian: apt-get install -y chromium).
# Run from the repository root: tools/render-models/render.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
chrome="${CHROMIUM:-chromium}"
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --allow-file-access-from-files)
[ -d "$here/node_modules" ] || (cd "$here" && npm install --no-audit --no-fund)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for model in "$root"/processes/*.bpmn; do
  name="$(basename "$model" .bpmn)"
  node "$here/page.js" bpmn "$model" "$here/node_modules" > "$work/$name.html"
  "$chrome" "${flags[@]}" --virtual-time-budget=10000 --dump-dom "file://$work/$name.html" 2>/dev/null \
    | node "$here/extract.js" > "$root/processes/$name.svg"
  echo "wrote processes/$name.svg"
done

for model in "$root"/processes/*.dmn; do
  name="$(basename "$model" .dmn)"
  node "$here/page.js" dmn "$model" "$here/node_modules" > "$work/$name.html"
  "$chrome" "${flags[@]}" --virtual-time-budget=10000 --hide-scrollbars --window-size=1750,900 \
    --screenshot="$root/processes/$name.png" "file://$work/$name.html" 2>/dev/null
  echo "wrote processes/$name.png"
done
