#!/usr/bin/env bash
# Provisions @tensorflow/tfjs-node (the optional native backend of ml/src/tf/backend.ts) on offline machines, built
# against the TensorFlow shared libraries of a PyPI wheel fetched by name instead of the libtensorflow download its
# install script makes, and installs it into a repository's node_modules without recording it anywhere.
#
# Sources (pinned):
#   tensorflow-cpu==2.15.1      (PyPI wheel, cp311 manylinux2014 x86_64; Apache-2.0) tensorflow/libtensorflow_cc.so.2
#                               exports the whole TF_*/TFE_* C API the binding uses and needs no Python;
#                               tensorflow/libtensorflow_framework.so.2 beside it; C API headers under tensorflow/include.
#   @tensorflow/tfjs-node@4.22.0 (npm; Apache-2.0) taken with `npm pack`, so its install script never runs.
# The binding (binding.gyp, N-API 8) is built with node-gyp against deps/lib and deps/include laid out from the wheel:
#   deps/lib/libtensorflow.so -> libtensorflow_cc.so.2, deps/lib/libtensorflow_framework.so -> libtensorflow_framework.so.2.
# tfjs-node 4.22.0 calls util.isNullOrUndefined, which Node 23 removed (fixed upstream in tensorflow/tfjs#8425 but not
# released): its dist files are patched to plain `== null` / Array.isArray.
#
# Usage: ops/scripts/provision-tfjs-node.sh [repo-dir]
#   repo-dir: the workspace root whose node_modules gets @tensorflow/tfjs-node (default: this repository).
#   cache: ${VIGIL_TFJS_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vigil/tfjs-node} (about 650 MB; never in the repo).
# The install uses `npm install --no-save --ignore-scripts`: package.json and package-lock.json are left as they are,
# so `npm ci` keeps working offline without tfjs-node (and removes it; run this script again afterwards).
# Needs python3 with pip (download, unzip), a C++ compiler and make (node-gyp), and Node.js headers with node_api.h
# ($npm_config_nodedir, as set by provision-node.sh --env, or the running node's prefix).
# Idempotent: a complete cached build is reused, and an installed, working copy is left as it is.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "${1:-$here/../..}" && pwd)"
cache="${VIGIL_TFJS_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vigil/tfjs-node}"
python="${PYTHON:-python3}"

tf_version="2.15.1"
tf_pkg="tensorflow-cpu==$tf_version"
tf_wheel="tensorflow_cpu-2.15.1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
tf_sha256="54660c074d7241a503e81edfd9f5ef5af88f64051b72e2945f26318c790f2d26"
tfjs_version="4.22.0"
tfjs_tgz="tensorflow-tfjs-node-$tfjs_version.tgz"
tfjs_sha256="d38a448a705efc6e655a080f896b3af646ae39dffbfe9c90b06cb9fc3a2b9358"
napi=8 # the highest N-API version in the package's binary.napi_versions: node-pre-gyp looks in lib/napi-v8

build="$cache/tfjs-node-$tfjs_version-tf$tf_version"
stamp="$build/.complete"
pins="$tf_sha256 $tfjs_sha256 napi-v$napi"

log() { echo "provision-tfjs-node: $*" >&2; }
die() { log "$*"; exit 1; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || die "only Linux x86_64 is supported (the wheel is manylinux x86_64)"
{ command -v node && command -v npm; } >/dev/null || die "node and npm are needed"
[ -f "$repo/package.json" ] || die "$repo has no package.json"

# Node 23 removed util.isNullOrUndefined; util.isArray is deprecated. Idempotent.
patch_dist() {
  sed -i -E 's/\(0, util_1\.isNullOrUndefined\)\(([A-Za-z_$][A-Za-z0-9_$]*)\)/(\1 == null)/g; s/\(0, util_1\.isArray\)\(/Array.isArray(/g' \
    "$1/dist/nodejs_kernel_backend.js" "$1/dist/kernels/TopK.js"
  ! grep -qE 'util_1\.is(NullOrUndefined|Array)' "$1/dist/nodejs_kernel_backend.js" "$1/dist/kernels/TopK.js" ||
    die "could not patch util.isNullOrUndefined in $1/dist"
}

# The package in $1 loads on the tensorflow backend and computes a matmul.
works() {
  (cd "$1" && TF_CPP_MIN_LOG_LEVEL=2 node -e '
    const tf = require("@tensorflow/tfjs-node");
    const a = tf.tensor2d([[1, 2], [3, 4]]);
    const ok = tf.getBackend() === "tensorflow" && a.matMul(a).dataSync().join() === "7,10,15,22";
    process.exit(ok ? 0 : 1);' >/dev/null 2>&1)
}

build_package() {
  command -v "$python" >/dev/null || die "$python is needed (pip download, unzip)"
  local nodedir="${npm_config_nodedir:-$(cd "$(dirname "$(readlink -f "$(command -v node)")")/.." && pwd)}"
  [ -f "$nodedir/include/node/node_api.h" ] ||
    die "no Node.js headers under $nodedir/include/node (node-gyp would fetch them from nodejs.org); run eval \"\$(ops/scripts/provision-node.sh --env)\" first"
  local gyp
  gyp="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
  [ -f "$gyp" ] || die "node-gyp not found beside npm ($gyp)"

  local work
  work="$(mktemp -d)"
  # shellcheck disable=SC2064
  trap "rm -rf '$work'" EXIT
  mkdir -p "$cache/downloads"

  if [ ! -f "$cache/downloads/$tf_wheel" ] || [ "$(sha "$cache/downloads/$tf_wheel")" != "$tf_sha256" ]; then
    log "downloading $tf_pkg from PyPI (~250 MB)"
    "$python" -m pip download --quiet --no-deps --only-binary=:all: --platform manylinux2014_x86_64 \
      --python-version 3.11 --implementation cp --abi cp311 -d "$work/wheel" "$tf_pkg" >&2
    [ -f "$work/wheel/$tf_wheel" ] || die "pip did not fetch $tf_wheel"
    [ "$(sha "$work/wheel/$tf_wheel")" = "$tf_sha256" ] || die "$tf_wheel sha256 mismatch"
    mv -f "$work/wheel/$tf_wheel" "$cache/downloads/$tf_wheel"
  fi
  if [ ! -f "$cache/downloads/$tfjs_tgz" ] || [ "$(sha "$cache/downloads/$tfjs_tgz")" != "$tfjs_sha256" ]; then
    log "fetching @tensorflow/tfjs-node@$tfjs_version from the npm registry (npm pack: no install script)"
    (cd "$work" && npm pack --silent "@tensorflow/tfjs-node@$tfjs_version" >/dev/null)
    [ "$(sha "$work/$tfjs_tgz")" = "$tfjs_sha256" ] || die "$tfjs_tgz sha256 mismatch"
    mv -f "$work/$tfjs_tgz" "$cache/downloads/$tfjs_tgz"
  fi

  local staging="$build.staging"
  rm -rf "$staging" "$build" && mkdir -p "$staging"
  tar -xzf "$cache/downloads/$tfjs_tgz" -C "$staging" --strip-components=1
  mkdir -p "$staging/deps/lib" "$staging/deps/include"

  "$python" - "$cache/downloads/$tf_wheel" "$staging/deps" <<'PY'
import pathlib, shutil, sys, zipfile
wheel, deps = sys.argv[1], pathlib.Path(sys.argv[2])
libs = {'tensorflow/libtensorflow_cc.so.2', 'tensorflow/libtensorflow_framework.so.2'}
headers = ('tensorflow/include/tensorflow/c/', 'tensorflow/include/tensorflow/core/platform/',
           'tensorflow/include/tsl/c/', 'tensorflow/include/tsl/platform/')
found = set()
with zipfile.ZipFile(wheel) as z:
    for info in z.infolist():
        name = info.filename
        if name in libs:
            dest = deps / 'lib' / pathlib.PurePosixPath(name).name
            found.add(name)
        elif name.startswith(headers) and not name.endswith('/'):
            dest = deps / 'include' / name[len('tensorflow/include/'):]
        else:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        with z.open(info) as src, open(dest, 'wb') as out:
            shutil.copyfileobj(src, out)
        if name in libs:
            dest.chmod(0o755)
if found != libs:
    sys.exit(f'provision-tfjs-node: not in the wheel: {sorted(libs - found)}')
PY
  ln -sfn libtensorflow_cc.so.2 "$staging/deps/lib/libtensorflow.so"
  ln -sfn libtensorflow_cc.so.2 "$staging/deps/lib/libtensorflow.so.2"
  ln -sfn libtensorflow_framework.so.2 "$staging/deps/lib/libtensorflow_framework.so"

  local missing
  missing="$(grep -ohE '\bTFE?_[A-Za-z0-9_]+\(' "$staging"/binding/*.cc | tr -d '(' | sort -u |
    grep -vE '^(TF_AutoStatus|TF_AutoTensor|TFE_AutoOp|TF_TString_.*)$' |
    comm -23 - <(nm -D --defined-only "$staging/deps/lib/libtensorflow_cc.so.2" | awk '{print $3}' | sed 's/@.*//' | sort -u))"
  [ -z "$missing" ] || die "libtensorflow_cc.so.2 lacks C API symbols: $missing"

  patch_dist "$staging"
  log "building the native binding (node-gyp, headers from $nodedir)"
  (cd "$staging" && node "$gyp" rebuild --nodedir="$nodedir" --napi_build_version="$napi" \
    --module_name=tfjs_binding --module_path="$staging/lib/napi-v$napi" >"$work/node-gyp.log" 2>&1) ||
    { tail -n 30 "$work/node-gyp.log" >&2; die "node-gyp failed"; }
  [ -f "$staging/lib/napi-v$napi/tfjs_binding.node" ] || die "node-gyp built no tfjs_binding.node"
  rm -rf "$staging/build"

  mv "$staging" "$build"
  echo "$pins" >"$stamp"
  rm -rf "$work"
  trap - EXIT
}

installed="$repo/node_modules/@tensorflow/tfjs-node"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$pins" ] &&
  [ -f "$build/lib/napi-v$napi/tfjs_binding.node" ] && [ -f "$build/deps/lib/libtensorflow_cc.so.2" ]; then
  log "using the cached build in $build"
else
  build_package
fi

if [ -L "$installed/deps" ] && [ "$(readlink "$installed/deps")" = "$build/deps" ] &&
  cmp -s "$installed/lib/napi-v$napi/tfjs_binding.node" "$build/lib/napi-v$napi/tfjs_binding.node" && works "$repo"; then
  log "already installed in $repo"
  echo "$installed"
  exit 0
fi

# --no-save: no change to package.json or package-lock.json. --ignore-scripts: the package's install script would
# download libtensorflow; its dependencies need none. The pinned tarball is installed, so no second download.
log "installing into $repo/node_modules (not saved)"
(cd "$repo" && npm install --no-save --ignore-scripts --no-audit --no-fund "$cache/downloads/$tfjs_tgz" >&2)
[ -f "$installed/package.json" ] || die "npm did not install $installed"
patch_dist "$installed"
mkdir -p "$installed/lib/napi-v$napi"
cp -f "$build/lib/napi-v$napi/tfjs_binding.node" "$installed/lib/napi-v$napi/tfjs_binding.node"
rm -rf "$installed/deps"
ln -s "$build/deps" "$installed/deps" # the binding's rpath is $ORIGIN/../../deps/lib

works "$repo" || die "@tensorflow/tfjs-node does not load on the tensorflow backend in $repo"
echo "$installed"
