// The UI's unit tests, without a window: every ui/src/**/*.test.ts is bundled for Node by
// esbuild (type-checked first by `tsc -p ui/tsconfig.test.json`, see package.json) into
// target/ui-test/, then run by Node's own test runner. They cover the screens' state logic,
// which is kept in plain functions apart from the DOM.
import { build } from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";

const root = "ui/src";
const out = "target/ui-test";
const tests = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith(".test.ts")) tests.push(p);
  }
};
walk(root);
if (!tests.length) throw new Error(`no *.test.ts under ${root}`);
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: tests,
  outdir: out,
  outbase: root,
  bundle: true,
  platform: "node",
  format: "esm",
  outExtension: { ".js": ".mjs" },
  logLevel: "warning",
});
const files = tests.map((t) => join(out, relative(root, t).replace(/\.ts$/, ".mjs")));
const run = spawnSync(process.execPath, ["--test", ...files], { stdio: "inherit" });
process.exit(run.status ?? 1);
