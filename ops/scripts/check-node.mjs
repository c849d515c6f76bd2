// Fails fast, with the fix, when the Node on PATH is too old for Vigil (node:sqlite needs Node >= 22).
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Vigil needs Node >= 22 (Node 24 LTS recommended); this is Node ${process.versions.node}.\n` +
      'Install it from the npm registry and put it first on PATH with:\n  eval "$(ops/scripts/provision-node.sh --env)"',
  );
  process.exit(1);
}
