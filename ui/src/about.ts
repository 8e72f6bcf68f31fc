// The About line at the foot of every screen: the version and the commit this build was
// made from, to compare with the published release (see docs/building.md).
import { api } from "./ipc";
import { t } from "./i18n";

export async function showAbout(): Promise<void> {
  const line = document.getElementById("about");
  if (!line) return;
  try {
    const about = await api.about();
    line.textContent = about.commit === "unknown"
      ? t("about.builtUnknown", { version: about.version })
      : t("about.built", { version: about.version, commit: about.commit.slice(0, 12) });
    line.title = about.commit;
    line.dataset.commit = about.commit;
  } catch {
    line.textContent = "";
  }
}
