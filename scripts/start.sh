#!/usr/bin/env bash
# The main job on a fresh machine: install, run a yearly cycle on sample returns of 绍兴's and 舟山's counties (2024
# returns → 2025 made --from them → check --previous → city and province → annex, into demo-output/), then build the task pane and serve it on localhost:3000
# (https with the office-addin-dev-certs files when they exist, http otherwise) for Excel or a plain browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-node-packages.sh
npx plan-indicators demo -o demo-output
echo
echo "命令行帮助 Command line: npx plan-indicators --help"
echo "任务窗格 Task pane: $( [ -f "$HOME/.office-addin-dev-certs/localhost.crt" ] && echo https || echo http )://localhost:${PORT:-3000}/taskpane.html"
echo "在 Windows 上加载到 Excel / sideload in Excel on Windows: npx office-addin-debugging start manifest.xml"
exec npx webpack serve --mode development
