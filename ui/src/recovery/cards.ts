// Step 1 of recovery: the cards, by any of three ways (camera, pictures and scans, typed
// text) onto one board, each card checked as it arrives, so that a person hears about a
// wrong card while it is still in their hand.
import { api, type IpcError, type ScanResult } from "../ipc";
import { button, h, show } from "../dom";
import { beep } from "../camera";
import type { Flash } from "../intake/camerapart";
import { boardReads, cardIntake, type CardIntake } from "../intake/cardintake";
import { boardNodes } from "./board";
import { CardList, filesNews, keptNews, problemNews, resultNews, shortProblem, type News } from "./news";
import { step, stopReading, type Recovery, type Way } from "./state";
import { stepPassphrase } from "./passphrase";
import { quit } from "./index";
import { t } from "../i18n";


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
      return { text: t("recovery.cards.flashAdded", { cards: CardList(res.added) }), tone: "good" };
    }
    const text = items.map((x) => x.text).join(" ");
    if (text === lastProblem.text && Date.now() - lastProblem.at < 6000) return null;
    lastProblem = { text, at: Date.now() };
    beep("bad");
    say(items);
    return { text: t("recovery.cards.flashRefused", { problem: shortProblem(res.problems[0]?.kind) }), tone: "bad" };
  };
}

/** The three ways in, wired to the board: `took` shows the board after a card and says
 * what happened; `say` says it. */
function intake(took: (res: ScanResult) => News[], say: (items: News[]) => void): CardIntake {
  const onFrame = frameReader(took, say);
  return cardIntake({
    prefix: "",
    reads: { ...boardReads, keep: api.recoveryKeepTyped },
    took: (res: ScanResult, from) => {
      if (from.way === "camera") return onFrame(res);
      const news = took(res);
      if (from.way !== "typed") return null;
      // Nothing added and nothing refused: the card was kept as typed.
      say(news.length ? news : [{ tone: "notice", kind: "kept_typed", text: keptNews(res.board) }]);
      beep("good");
      return null;
    },
    refused: (e: IpcError, from) => {
      // A file's refusal is said with the other files' news (filesRead).
      if (from.way === "typed") say([problemNews(e)]);
    },
    filesRead: (list, outcomes, cancelled) => {
      const items = filesNews(list, outcomes, cancelled);
      if (items.some((x) => x.tone === "good")) beep("good");
      say(items);
    },
    autoStart: true,
    cameraIntro: t("recovery.cards.cameraIntro"),
    filesLabel: t("recovery.cards.filesLabel"),
    addLabel: t("common.addThisCard"),
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
  const next = button("to-passphrase", t("recovery.cards.next"), toPassphrase);
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
          removed(t("recovery.cards.removedCard", { n: i }));
        },
        removeTyped: async (k, index) => {
          // A reading of the print was never typed: it is added again, by picture or typing.
          const read = r.board.typed[k]?.from_print ?? false;
          r.board = await api.recoveryRemoveTyped(k);
          removed(
            read
              ? index === null
                ? t("recovery.cards.removedUnplacedPrinted")
                : t("recovery.cards.removedCard", { n: index })
              : index === null
                ? t("recovery.cards.removedUnplaced")
                : t("recovery.cards.removedTyped", { n: index }),
          );
        },
        next: toPassphrase,
      }),
    );
    next.disabled = !(r.board.threshold && r.board.still_needed === 0);
  };
  /** The board after any way of adding, and what to say about it. */
  const took = (res: ScanResult): News[] => {
    r.board = res.board;
    renderBoard();
    return resultNews(res);
  };

  const ways: Record<Way, HTMLButtonElement> = {
    camera: button("way-camera", t("recovery.way.camera"), () => choose("camera"), "way"),
    files: button("way-files", t("recovery.way.files"), () => choose("files"), "way"),
    typed: button("way-typed", t("recovery.way.typed"), () => choose("typed"), "way"),
  };
  const ins = intake(took, news.say);
  const choose = (way: Way) => {
    if (r.way !== way || !panel.firstChild) {
      stopReading(r);
      r.way = way;
      panel.replaceChildren(ins.part(way));
      r.stopReading = ins.stop;
    }
    for (const [k, b] of Object.entries(ways)) b.setAttribute("aria-pressed", String(k === way));
  };

  show(
    r.root,
    step(1),
    h("h2", {}, t("recovery.cards.title")),
    h("p", { class: "lead" }, t("recovery.cards.lead")),
    h(
      "div",
      { class: "recovery-layout" },
      h("div", { class: "recovery-side" }, boardBox),
      h("div", { class: "recovery-main" }, h("div", { class: "ways", role: "group", "aria-label": t("recovery.cards.waysLabel") }, ways.camera, ways.files, ways.typed), panel, news.el),
    ),
    h("div", { class: "actions" }, next, button("cancel-recovery", t("common.leaveRecovery"), () => void quit(r), "quiet")),
  );
  renderBoard();
  choose(r.way);
}
