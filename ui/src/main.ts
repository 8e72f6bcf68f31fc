// Entry point: the home screen, from which the backup wizard starts.
import { homeScreen } from "./home";
import { pageWords } from "./language";

// The page's own words (index.html, the About line) in the language found at start: the
// one chosen before on this computer, else the system's (ui/src/i18n/languages.ts).
pageWords();

const root = document.getElementById("app");
if (root) {
  void homeScreen(root);
}
