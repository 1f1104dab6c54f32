#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Debrief needs to build, test and run, if any are missing.
# Idempotent: when everything is installed it asks nothing of apt and returns at once.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libqt6opengl6-dev libgl-dev libvulkan-dev libxkbcommon-dev
    libsqlite3-dev sqlite3 libmd4c-dev zlib1g-dev
    fonts-dejavu-core xvfb xauth
)
if [ "${1:-}" = "--with-tools" ]; then
    # For the benchmark and fuzz scripts.
    packages+=(clang libclang-rt-14-dev lnav)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}" >&2
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
