// Entry point: the home screen, from which the backup wizard starts.
import { homeScreen } from "./home";
import { showAbout } from "./about";

const root = document.getElementById("app");
if (root) {
  void homeScreen(root);
}
void showAbout();
