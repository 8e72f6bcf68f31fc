// Entry point: the home screen, from which the backup wizard starts.
import { homeScreen } from "./home";
import { showAbout } from "./about";
import { language, setLanguage, t } from "./i18n";

// The page's own words (index.html) and <html lang>, in the language found at start.
setLanguage(language(), false);
const tagline = document.querySelector(".tagline");
if (tagline) tagline.textContent = t("app.tagline");

const root = document.getElementById("app");
if (root) {
  void homeScreen(root);
}
void showAbout();
