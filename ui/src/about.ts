// The About line at the foot of every screen: the version and the commit this build was
// made from, to compare with the published release (see docs/building.md).
import { api } from "./ipc";

export async function showAbout(): Promise<void> {
  const line = document.getElementById("about");
  if (!line) return;
  try {
    const about = await api.about();
    const commit = about.commit === "unknown" ? "an unknown commit" : `commit ${about.commit.slice(0, 12)}`;
    line.textContent = `Heirloom ${about.version}, built from ${commit}`;
    line.title = about.commit;
    line.dataset.commit = about.commit;
  } catch {
    line.textContent = "";
  }
}
