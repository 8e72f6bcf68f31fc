// A small W3C WebDriver client over fetch, enough to drive the app through tauri-driver
// (which forwards to WebKitWebDriver). No dependencies: Node 20's fetch is enough.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { basename, join, resolve } from "node:path";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const WINDOW_TITLE = "Heirloom";
/** No WebDriver command takes this long; a hung one fails the test instead of the run. */
const CALL_TIMEOUT_MS = 90000;

/** Where tauri-driver listens, the app it starts, and where screenshots go (scripts/e2e.sh sets all three). */
export const DRIVER = process.env.TAURI_DRIVER_URL ?? "http://127.0.0.1:4444";
export const APP = resolve(process.env.HEIRLOOM_APP ?? "target/debug/heirloom-app");
export const SHOTS = resolve(process.env.E2E_ARTIFACTS ?? "target/e2e-artifacts");

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, application) {
    const res = await call(base, "POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application } } },
    });
    return new Session(base, res.sessionId);
  }

  async cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css, timeoutMs = 10000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      try {
        const el = await this.cmd("POST", "/element", { using: "css selector", value: css });
        return new Element(this, el[ELEMENT]);
      } catch (e) {
        last = e;
        await sleep(100);
      }
    }
    throw new Error(`no element ${css} after ${timeoutMs} ms: ${last?.message}`);
  }

  async findAll(css) {
    const els = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return els.map((e) => new Element(this, e[ELEMENT]));
  }

  /** Waits until `css` has text matching `re`, and returns the text. */
  async waitText(css, re, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    let text = "";
    while (Date.now() < deadline) {
      try {
        text = await (await this.find(css, 1000)).text();
        if (re.test(text)) return text;
      } catch {
        // not there yet
      }
      await sleep(100);
    }
    throw new Error(`${css} never matched ${re}; last text: ${JSON.stringify(text)}`);
  }

  /** Waits until the field `css` holds exactly `value` (a card added empties its field). */
  async waitValue(css, value, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    let last = null;
    while (Date.now() < deadline) {
      last = await this.exec("return document.querySelector(arguments[0])?.value ?? null", [css]);
      if (last === value) return;
      await sleep(100);
    }
    throw new Error(`${css} never held ${JSON.stringify(value)}; last: ${JSON.stringify(last)}`);
  }

  async exec(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /**
   * The app's window as the X server shows it. Not WebDriver's screenshot command: with
   * WebKitGTK 2.50 under a D-Bus session bus it never answers (the page renders fine; the
   * snapshot callback never comes), and an X capture shows what a person sees anyway.
   */
  async screenshot(dir, name) {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name}.png`);
    await sleep(150); // let the last change paint
    execFileSync("import", ["-window", WINDOW_TITLE, path], { timeout: 30000 });
    return path;
  }

  async end() {
    await this.cmd("DELETE", "").catch(() => undefined);
  }
}

export class Element {
  constructor(session, id) {
    this.s = session;
    this.id = id;
  }
  async click() {
    await this.s.cmd("POST", `/element/${this.id}/click`, {});
  }
  async type(text) {
    await this.s.cmd("POST", `/element/${this.id}/value`, { text });
  }
  async clear() {
    await this.s.cmd("POST", `/element/${this.id}/clear`, {});
  }
  async text() {
    return this.s.cmd("GET", `/element/${this.id}/text`);
  }
  async attr(name) {
    return this.s.cmd("GET", `/element/${this.id}/attribute/${name}`);
  }
  async enabled() {
    return this.s.cmd("GET", `/element/${this.id}/enabled`);
  }
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || json?.value?.error) {
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json?.value ?? json)}`);
  }
  return json.value;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Chooses files in the page's <input type=file> at `css`, as the file dialog would.
 * WebDriver can't drive the native dialog; WebKitWebDriver sets a file input's files from
 * the paths sent as keys. If it ever refuses, the same bytes go through a DataTransfer.
 */
export async function chooseFiles(s, css, paths) {
  const input = await s.find(css);
  try {
    await input.type(paths.join("\n"));
  } catch (e) {
    const files = paths.map((p) => ({ name: basename(p), data: readFileSync(p).toString("base64") }));
    await s.exec(
      `const dt = new DataTransfer();
       for (const f of arguments[1]) {
         const bin = atob(f.data); const bytes = new Uint8Array(bin.length);
         for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
         dt.items.add(new File([bytes], f.name));
       }
       const input = document.querySelector(arguments[0]);
       input.files = dt.files;
       input.dispatchEvent(new Event('change'));`,
      [css, files],
    );
    console.log(`# file input set through DataTransfer (sendKeys: ${e.message.slice(0, 120)})`);
  }
}

/**
 * Answers the next native file or folder dialog the app opens, as the person at the screen
 * would: `path` chosen, or null for a dialog closed without choosing. WebDriver cannot use
 * a GTK file chooser, so the debug build reads the answer from the file named by
 * HEIRLOOM_E2E_CHOOSE (scripts/e2e.sh sets it; see src-tauri/src/choose.rs): the process
 * reads it, never the page, and each answer serves one dialog.
 */
export function answerNextDialog(path) {
  const file = process.env.HEIRLOOM_E2E_CHOOSE;
  if (!file) throw new Error("run through scripts/e2e.sh: it sets HEIRLOOM_E2E_CHOOSE");
  if (path === null) rmSync(file, { force: true });
  else writeFileSync(file, `${path}\n`);
}

/** Calls an app command from the page, as any script in the window could; polls for its answer. */
export async function invoke(s, cmd, args) {
  await s.exec(
    "window.__e2eCall = undefined; window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then((v) => { window.__e2eCall = { ok: v }; }, (e) => { window.__e2eCall = { err: e }; });",
    [cmd, args],
  );
  for (let i = 0; i < 300; i++) {
    const r = await s.exec("return window.__e2eCall ?? null");
    if (r) {
      if ("err" in r) throw new Error(`${cmd}: ${JSON.stringify(r.err)}`);
      return r.ok;
    }
    await sleep(100);
  }
  throw new Error(`${cmd}: no answer`);
}

/**
 * Runs `f` with a new session of the app; if it fails, the window is kept as
 * `${name}-FAILED.png` in SHOTS. The session ends either way.
 */
export async function withApp(name, f) {
  const s = await Session.start(DRIVER, APP);
  try {
    await f(s);
  } catch (e) {
    await s.screenshot(SHOTS, `${name}-FAILED`).catch(() => undefined);
    throw e;
  } finally {
    await s.end();
  }
}
