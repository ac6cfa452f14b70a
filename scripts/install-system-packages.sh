#!/usr/bin/env bash
# Debian packages the tests use: Chromium (browser tests, icons), LibreOffice Calc (a second spreadsheet program
# that must colour and check our .xlsx files by itself), CJK fonts (Chinese text in screenshots and PDFs), poppler
# (PDF pages to PNG, pdftotext, pdfinfo), Carlito (Calibri's metrics: the default font that column widths are
# measured in, so that LibreOffice breaks pages where Excel does). Installs only what is missing.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
{ command -v pdftoppm && command -v pdftotext && command -v pdfinfo; } >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -i 'Carlito' >/dev/null || need+=(fonts-crosextra-carlito)
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing Debian packages: ${need[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "These Debian packages are needed and this user cannot install them: ${need[*]}" >&2
  echo "Ask an administrator to run: apt-get install -y ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
