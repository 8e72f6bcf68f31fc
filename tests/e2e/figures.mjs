// Start-up time and memory of the app, measured through the real window (run by
// `make figures`, which builds the release app). Prints a table for docs/benchmarks.md.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Session, sleep } from "./webdriver.mjs";

const DRIVER = process.env.TAURI_DRIVER_URL ?? "http://127.0.0.1:4444";
const APP = resolve(process.env.HEIRLOOM_APP ?? "target/release/heirloom-app");
const OUT = resolve(process.env.E2E_ARTIFACTS ?? "target/e2e-artifacts");
const KDF_MIB = 256;

function kib(pid, field) {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Proportional set size: shared pages are split between the processes sharing them, so
 *  the app's and WebKit's processes can be added up without counting libraries twice. */
function pss(pid) {
  try {
    const m = /Pss:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The app's process and every process below it (WebKit's web content and network). */
function appProcesses() {
  const parent = new Map();
  let root = null;
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      parent.set(d, stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (readFileSync(`/proc/${d}/cmdline`, "utf8").startsWith(APP)) root = d;
    } catch {
      // the process ended while we looked
    }
  }
  if (!root) return [];
  const tree = [root];
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (tree.includes(ppid) && !tree.includes(pid)) {
        tree.push(pid);
        grew = true;
      }
    }
  }
  return tree;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const starts = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const s = await Session.start(DRIVER, APP);
  await s.find("#start-new", 20000);
  starts.push(performance.now() - t0);
  await s.end();
  await sleep(500);
}

const s = await Session.start(DRIVER, APP);
let peakTotal = 0;
let peakPss = 0;
let processes = 0;
let sampling = true;
const sampler = (async () => {
  while (sampling) {
    const pids = appProcesses();
    processes = Math.max(processes, pids.length);
    peakTotal = Math.max(peakTotal, pids.reduce((sum, p) => sum + kib(p, "VmRSS"), 0));
    peakPss = Math.max(peakPss, pids.reduce((sum, p) => sum + pss(p), 0));
    await sleep(20);
  }
})();
await (await s.find("#start-new")).click();
await (await s.find('label[for="words-24"]')).click();
await (await s.find("#create-phrase")).click();
await s.waitText("#fingerprint", /^[0-9a-f]{8}$/);
await (await s.find("#phrase-next")).click();
await (await s.find("#skip-save")).click();
await (await s.find("#cards-next")).click();
await s.waitText("#passphrase-words", /\S/);
const words = await s.exec("return Array.from(document.querySelectorAll('#passphrase-words li')).map((li) => li.textContent)");
await (await s.find("#written-down")).click();
await (await s.find("#passphrase-retype")).type(words.join(" "));
const t0 = performance.now();
await (await s.find("#confirm-passphrase")).click();
await s.find("#card-5", 60000);
const backupMs = performance.now() - t0;
const appPid = appProcesses()[0];
const appPeak = appPid ? kib(appPid, "VmHWM") : 0;
sampling = false;
await sampler;
await s.end();

const mib = (k) => (k / 1024).toFixed(0);
const lines = [
  `| figure | value | target |`,
  `|---|---:|---|`,
  `| cold start to interactive first screen (median of ${starts.length}, includes WebDriver session set-up) | ${median(starts).toFixed(0)} ms | < 1500 ms |`,
  `| making a 3-of-5 backup of 24 words, click to cards on screen | ${backupMs.toFixed(0)} ms | — |`,
  `| peak RSS of the app process (includes Argon2id's ${KDF_MIB} MiB) | ${mib(appPeak)} MiB | — |`,
  `| peak RSS summed over the app and its ${processes - 1} WebKit processes (shared pages counted in each) | ${mib(peakTotal)} MiB | — |`,
  `| peak PSS summed over the same processes (shared pages split), sampled every 20 ms | ${mib(peakPss)} MiB | — |`,
  `| beyond the KDF's own memory (peak PSS − ${KDF_MIB} MiB) | ${mib(peakPss - KDF_MIB * 1024)} MiB | < 200 MB |`,
];
const table = lines.join("\n");
console.log(table);
console.log(`start-up samples (ms): ${starts.map((x) => x.toFixed(0)).join(", ")}`);
writeFileSync(join(OUT, "figures.md"), table + "\n");
