// Entry point: the home screen, from which the backup wizard starts.
import { homeScreen } from "./home";

const root = document.getElementById("app");
if (root) {
  void homeScreen(root);
}
