#!/usr/bin/env bash
# Installs what Aisle needs to build, test and run, on Debian 12. Idempotent: installs only what is
# missing, so a second run costs a second. Works as root, or as a user with sudo.
set -euo pipefail

packages=(liblmdb-dev libicu-dev libstemmer-dev libzstd-dev libpq-dev pkg-config postgresql redis-server
          python3-xapian python3-venv lmdb-utils wrk curl time)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6.1 or later is required)" >&2; exit 1; }
echo "setup: system packages present"
