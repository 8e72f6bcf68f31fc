// Step 1 of recovery: the cards, by any of three ways (camera, pictures and scans, typed
// text) onto one board, each card checked as it arrives, so that a person hears about a
// wrong card while it is still in their hand.
import { api, type IpcError, type ScanResult } from "../ipc";
import { button, h, show } from "../dom";
import { beep } from "../camera";
import { cameraPart, type Flash } from "../intake/camerapart";
import { filesPart } from "../intake/filespart";
import { typedPart } from "../intake/typedpart";
import { boardNodes } from "./board";
import { CardList, filesNews, keptNews, problemNews, resultNews, SHORT_PROBLEM, type News } from "./news";
import { step, stopReading, type Recovery, type Way } from "./state";
import { stepPassphrase } from "./passphrase";
import { quit } from "./index";

const CAMERA_INTRO =
  "Hold one card in front of the camera, with the whole square code in view, and keep it still for a moment. You will hear a beep and see a tick when it is read. Then show the next card.";

/** The news area: what the last action did, newest first. */
function newsArea(): { el: HTMLElement; say: (items: News[]) => void } {
  const el = h("div", { id: "recovery-news", class: "news", role: "status", "aria-live": "polite" });
  const say = (items: News[]) => {
    window.setTimeout(() => el.scrollIntoView({ block: "nearest" }), 0);
    el.replaceChildren(
      ...items.map((x) =>
        h("p", { class: `news-item ${x.tone}`, "data-kind": x.kind }, h("span", { class: "news-mark", "aria-hidden": "true" }, x.tone === "good" ? "✓" : x.kind === "scan_cancelled" ? "·" : "!"), " ", x.text),
      ),
    );
  };
  return { el, say };
}

/** What a camera frame shows: a card added, or refused (said once, not every frame). */
function frameReader(took: (res: ScanResult) => News[], say: (items: News[]) => void): (res: ScanResult) => Flash | null {
  let lastProblem = { text: "", at: 0 };
  return (res) => {
    const items = took(res);
    if (!items.length) return null;
    if (res.added.length) {
      beep("good");
      say(items);
      lastProblem = { text: "", at: 0 };
      return { text: `✓ ${CardList(res.added)} added`, tone: "good" };
    }
    const text = items.map((x) => x.text).join(" ");
    if (text === lastProblem.text && Date.now() - lastProblem.at < 6000) return null;
    lastProblem = { text, at: Date.now() };
    beep("bad");
    say(items);
    return { text: `✗ ${SHORT_PROBLEM[res.problems[0]?.kind] ?? "This card can't be used"}`, tone: "bad" };
  };
}

/** The panel of one way in, wired to the board. */
function wayPanel(r: Recovery, way: Way, took: (res: ScanResult) => News[], say: (items: News[]) => void): HTMLElement {
  if (way === "camera") {
    const cam = cameraPart({ id: "camera", read: api.recoveryAddFrame, onFrame: frameReader(took, say), autoStart: true, intro: CAMERA_INTRO });
    r.stopReading = cam.stop;
    return cam.el;
  }
  if (way === "files") {
    const files = filesPart({
      id: "files",
      read: api.recoveryAddFile,
      label: "Choose pictures or scans from this computer",
      onRead: (list, outcomes, cancelled) => {
        for (const o of outcomes) if ("result" in o) took(o.result);
        const items = filesNews(list, outcomes, cancelled);
        if (items.some((x) => x.tone === "good")) beep("good");
        say(items);
      },
    });
    r.stopReading = files.cancel;
    return files.el;
  }
  return typedPart({
    prefix: "",
    add: api.recoveryAddText,
    keep: api.recoveryKeepTyped,
    addLabel: "Add this card",
    took: (res: ScanResult) => {
      const news = took(res);
      // Nothing added and nothing refused: the card was kept as typed.
      say(news.length ? news : [{ tone: "notice", kind: "kept_typed", text: keptNews(res.board) }]);
      beep("good");
    },
    refused: (e: IpcError) => say([problemNews(e)]),
  });
}

export function stepCards(r: Recovery): void {
  const boardBox = h("section", { id: "board", class: "panel board", "aria-labelledby": "board-heading" });
  const news = newsArea();
  const panel = h("div", { id: "way-panel", class: "way-panel" });
  const toPassphrase = () => {
    stopReading(r);
    void stepPassphrase(r);
  };
  const next = button("to-passphrase", "Continue to the passphrase", toPassphrase);
  const removed = (text: string) => {
    renderBoard();
    news.say([{ tone: "notice", kind: "removed", text }]);
    (document.getElementById("board-heading") as HTMLElement | null)?.focus();
  };
  const renderBoard = () => {
    boardBox.replaceChildren(
      ...boardNodes(r.board, {
        removeCard: async (i) => {
          r.board = await api.recoveryRemoveCard(i);
          removed(`Card ${i} was taken out. You can add it again.`);
        },
        removeTyped: async (k, name) => {
          r.board = await api.recoveryRemoveTyped(k);
          removed(`${name} was taken out. You can type it again.`);
        },
        next: toPassphrase,
      }),
    );
    next.disabled = !(r.board.threshold && r.board.still_needed === 0);
  };
  /** The board after any way of adding, and what to say about it. */
  const took = (res: ScanResult, prefix = ""): News[] => {
    r.board = res.board;
    renderBoard();
    return resultNews(res, prefix);
  };

  const ways: Record<Way, HTMLButtonElement> = {
    camera: button("way-camera", "Hold cards up to the camera", () => choose("camera"), "way"),
    files: button("way-files", "Open pictures or PDF scans", () => choose("files"), "way"),
    typed: button("way-typed", "Type the text under the QR code", () => choose("typed"), "way"),
  };
  const choose = (way: Way) => {
    if (r.way !== way || !panel.firstChild) {
      stopReading(r);
      r.way = way;
      panel.replaceChildren(wayPanel(r, way, took, news.say));
    }
    for (const [k, b] of Object.entries(ways)) b.setAttribute("aria-pressed", String(k === way));
  };

  show(
    r.root,
    step(1),
    h("h2", {}, "Recover a wallet from its cards"),
    h("p", { class: "lead" }, "Add the cards one at a time, in any order, in any of the three ways below. Heirloom tells you when there are enough."),
    h(
      "div",
      { class: "recovery-layout" },
      h("div", { class: "recovery-side" }, boardBox),
      h("div", { class: "recovery-main" }, h("div", { class: "ways", role: "group", "aria-label": "How to add a card" }, ways.camera, ways.files, ways.typed), panel, news.el),
    ),
    h("div", { class: "actions" }, next, button("cancel-recovery", "Leave the recovery", () => void quit(r), "quiet")),
  );
  renderBoard();
  choose(r.way);
}
