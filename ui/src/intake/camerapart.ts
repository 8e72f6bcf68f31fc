// The camera as every screen that takes cards shows it (recovery, the check of printed
// cards, the card check-up): the live picture, a camera chooser when there are several, a
// big short word over the picture when a card is read or refused, what to do when the
// camera can't be used, and a button to turn it off and on. Frames go to `read`; what
// comes back goes to `onFrame`, which answers with the flash to show, if any.
import { button, h } from "../dom";
import { Camera, CameraError, cameraMessage, listCameras, type FrameReader } from "../camera";
import { t } from "../i18n";

/** A word over the picture: a card read, or refused. */
export interface Flash {
  text: string;
  tone: "good" | "bad";
}

export interface CameraPartOptions<T> {
  /** The ids of its elements start with this (`camera` → `camera-video`, `camera-toggle`…). */
  id: string;
  read: FrameReader<T>;
  onFrame: (r: T) => Flash | null;
  /** Start at once (recovery), or wait for the button (the checks). */
  autoStart: boolean;
  /** What to do, above the picture. */
  intro: string;
}

export interface CameraPart {
  el: HTMLElement;
  /** Turns the camera off (leaving the screen, or another way chosen). */
  stop: () => void;
  readonly running: boolean;
}

/** How long a flash stays: a refusal longer, so that it can be read. */
const FLASH_MS = { good: 2500, bad: 4000 } as const;

export function cameraPart<T>(o: CameraPartOptions<T>): CameraPart {
  const video = h("video", { id: `${o.id}-video`, autoplay: true, muted: true, playsinline: true, "aria-label": t("intake.camera.videoLabel") });
  const flash = h("p", { id: `${o.id}-flash`, class: "flash", hidden: true, "aria-hidden": "true" });
  const status = h("p", { id: `${o.id}-status`, class: "notice", hidden: true, role: "alert" });
  const select = h("select", { id: `${o.id}-select` });
  const chooser = h("div", { class: "camera-choice", hidden: true }, h("label", { for: `${o.id}-select` }, t("intake.camera.choose")), select);
  const view = h("div", { id: `${o.id}-view`, class: "camera-view off" }, video, flash);
  let cam: Camera<T> | undefined;
  let flashTimer = 0;

  const showFlash = (f: Flash) => {
    flash.textContent = f.text;
    flash.className = `flash ${f.tone}`;
    flash.hidden = false;
    view.classList.remove("read", "refused");
    view.classList.add(f.tone === "good" ? "read" : "refused");
    window.clearTimeout(flashTimer);
    flashTimer = window.setTimeout(() => {
      flash.hidden = true;
      view.classList.remove("read", "refused");
    }, FLASH_MS[f.tone]);
  };

  const stop = () => {
    cam?.stop();
    cam = undefined;
    view.classList.add("off");
    toggle.textContent = t("intake.camera.on");
  };

  const failed = (e: unknown) => {
    status.textContent = e instanceof CameraError ? e.message : cameraMessage("failed");
    status.dataset.problem = e instanceof CameraError ? e.problem : "failed";
    status.hidden = false;
    view.classList.add("off");
    toggle.textContent = t("intake.camera.retry");
  };

  const start = async (deviceId?: string) => {
    stop();
    status.hidden = true;
    const c = new Camera(video, (r: T) => {
      const f = o.onFrame(r);
      if (f) showFlash(f);
    }, o.read);
    cam = c;
    view.classList.remove("off");
    view.classList.add("starting");
    toggle.textContent = t("intake.camera.off");
    try {
      await c.start(deviceId);
      if (cam !== c) return;
      const cams = await listCameras();
      select.replaceChildren(
        ...cams.map((d, k) => h("option", { value: d.deviceId, selected: d.deviceId === c.deviceId() }, d.label || t("intake.camera.nameless", { n: k + 1 }))),
      );
      chooser.hidden = cams.length < 2;
    } catch (e) {
      if (cam === c) cam = undefined;
      failed(e);
    } finally {
      view.classList.remove("starting");
    }
  };

  const toggle = button(`${o.id}-toggle`, t("intake.camera.on"), () => (cam?.running ? stop() : void start()), "secondary");
  select.addEventListener("change", () => void start(select.value));
  if (o.autoStart) void start();
  const el = h("div", { id: `${o.id}-panel`, class: "camera-part" }, h("p", {}, o.intro), chooser, view, status, h("div", { class: "actions" }, toggle));
  return {
    el,
    stop,
    get running() {
      return cam?.running ?? false;
    },
  };
}
