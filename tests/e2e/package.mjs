// The packaged app (run by scripts/check-package.sh, through scripts/e2e.sh, with the
// programs of the .deb unpacked into a throwaway root): it starts under Xvfb, shows its
// first screen, and its About line names the version and the commit of this build. Not a
// *.test.mjs file, so `make test-e2e` leaves it out. Screenshots: $E2E_ARTIFACTS/package-home.png and package-about.png.
import { test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { Session } from "./webdriver.mjs";

const DRIVER = process.env.TAURI_DRIVER_URL ?? "http://127.0.0.1:4444";
const APP = resolve(process.env.HEIRLOOM_APP ?? "target/release/heirloom-app");
const SHOTS = resolve(process.env.E2E_ARTIFACTS ?? "target/package-check");
const VERSION = process.env.HEIRLOOM_EXPECT_VERSION;
const COMMIT = process.env.HEIRLOOM_EXPECT_COMMIT;

test("the packaged app starts and shows its first screen and About line", async () => {
  const s = await Session.start(DRIVER, APP);
  try {
    await s.find("#start-new", 30000);
    await s.waitText("h2", /Welcome/);
    const about = await s.waitText("#about", /^Heirloom \S+, built from /, 15000);
    if (VERSION) assert.match(about, new RegExp(`^Heirloom ${VERSION.replace(/\./g, "\\.")}, `));
    if (COMMIT) {
      assert.equal(await (await s.find("#about")).attr("data-commit"), COMMIT);
      assert.ok(about.endsWith(COMMIT === "unknown" ? "an unknown commit" : `commit ${COMMIT.slice(0, 12)}`), about);
    }
    await s.screenshot(SHOTS, "package-home");
    await s.exec("document.getElementById('about').scrollIntoView()");
    await s.screenshot(SHOTS, "package-about");
  } finally {
    await s.end();
  }
});
