// The webcam: a live preview, and a few grey frames a second sent to the app, which reads
// the QR codes in Rust. Never more than one frame is on its way at a time, so a slow
// computer simply reads fewer frames instead of falling behind.

import { t } from "./i18n";

/** Time between the starts of two frames sent for reading. */
const FRAME_INTERVAL_MS = 250;
/** Frames are cut down to this many pixels on their long side: enough for a card held up. */
const MAX_SIDE = 1280;

export type CameraProblem = "unsupported" | "refused" | "none" | "busy" | "failed";

/** What to tell a person for each reason the camera can't be used, in the app's language. */
export function cameraMessage(problem: CameraProblem): string {
  return t(`camera.${problem}`);
}

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(cameraMessage(problem));
  }
}

function problemOf(e: unknown): CameraProblem {
  const name = e instanceof DOMException || e instanceof Error ? e.name : "";
  switch (name) {
    case "NotAllowedError":
    case "SecurityError":
    case "PermissionDeniedError":
      return "refused";
    case "NotFoundError":
    case "OverconstrainedError":
    case "DevicesNotFoundError":
      return "none";
    case "NotReadableError":
    case "TrackStartError":
    case "AbortError":
      return "busy";
    default:
      return "failed";
  }
}

/** The cameras this computer has (labels appear only once access was granted). */
export async function listCameras(): Promise<MediaDeviceInfo[]> {
  const md = navigator.mediaDevices;
  if (!md || typeof md.enumerateDevices !== "function") return [];
  try {
    return (await md.enumerateDevices()).filter((d) => d.kind === "videoinput");
  } catch {
    return [];
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Reads one grey frame in the app: onto the recovery board, or for a card check-up. */
export type FrameReader<T> = (grey: Uint8Array, width: number, height: number, attempt: number) => Promise<T>;

export class Camera<T> {
  private stream: MediaStream | null = null;
  /** Bumped by every start and stop, so a frame loop of an earlier start ends by itself. */
  private generation = 0;
  private attempt = 0;
  private readonly canvas = document.createElement("canvas");
  /** Frames read so far, for the tests and for a person wondering whether it works. */
  framesRead = 0;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly onResult: (r: T) => void,
    private readonly read: FrameReader<T>,
  ) {}

  get running(): boolean {
    return this.stream !== null;
  }

  /** Starts the camera `deviceId` (or the default one) and its frame loop. */
  async start(deviceId?: string): Promise<void> {
    this.stop();
    const generation = this.generation;
    const md = navigator.mediaDevices;
    if (!md || typeof md.getUserMedia !== "function") throw new CameraError("unsupported");
    let stream: MediaStream;
    try {
      stream = await md.getUserMedia({
        audio: false,
        video: deviceId
          ? { deviceId: { exact: deviceId }, width: { ideal: 1280 }, height: { ideal: 720 } }
          : { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: "environment" },
      });
    } catch (e) {
      throw new CameraError(problemOf(e));
    }
    if (generation !== this.generation) {
      // Stopped (the person left the screen) while the camera was starting.
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    this.stream = stream;
    this.video.muted = true;
    this.video.srcObject = stream;
    await this.video.play().catch(() => undefined);
    void this.loop(generation);
  }

  /** Stops the frame loop and turns the camera off (its light goes out). */
  stop(): void {
    this.generation++;
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = null;
    this.video.pause();
    this.video.srcObject = null;
  }

  /** The id of the camera in use, to preselect it in the list. */
  deviceId(): string | undefined {
    return this.stream?.getVideoTracks()[0]?.getSettings().deviceId;
  }

  private async loop(generation: number): Promise<void> {
    const ctx = this.canvas.getContext("2d", { willReadFrequently: true });
    if (!ctx) return;
    while (generation === this.generation) {
      const started = performance.now();
      const v = this.video;
      if (v.readyState >= 2 && v.videoWidth > 0 && v.videoHeight > 0) {
        const scale = Math.min(1, MAX_SIDE / Math.max(v.videoWidth, v.videoHeight));
        const w = Math.round(v.videoWidth * scale);
        const h = Math.round(v.videoHeight * scale);
        if (this.canvas.width !== w) this.canvas.width = w;
        if (this.canvas.height !== h) this.canvas.height = h;
        ctx.drawImage(v, 0, 0, w, h);
        const grey = toGrey(ctx.getImageData(0, 0, w, h).data);
        try {
          const r = await this.read(grey, w, h, this.attempt++);
          this.framesRead++;
          if (generation === this.generation) this.onResult(r);
        } catch {
          // A frame that can't be read is just skipped; the next one comes soon.
        }
      }
      await sleep(Math.max(20, FRAME_INTERVAL_MS - (performance.now() - started)));
    }
  }
}

/** RGBA to one grey byte per pixel (ITU-R BT.601 weights, in integers). */
export function toGrey(rgba: Uint8ClampedArray): Uint8Array {
  const out = new Uint8Array(rgba.length / 4);
  for (let i = 0, j = 0; j < out.length; i += 4, j++) {
    out[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  }
  return out;
}

let audio: AudioContext | null = null;

/** A short tone: high for a card added, two low ones for a card refused. No sound device: silence. */
export function beep(kind: "good" | "bad"): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === "suspended") void audio.resume();
    const tones = kind === "good" ? [[880, 0, 0.15]] : [[330, 0, 0.12], [330, 0.18, 0.12]];
    for (const [freq, at, len] of tones) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.value = 0.15;
      osc.connect(gain).connect(audio.destination);
      const t = audio.currentTime + at;
      osc.start(t);
      osc.stop(t + len);
    }
  } catch {
    // no sound on this computer; the confirmation on screen is enough
  }
}
