import { defineConfig } from "vite";

// The UI is served from inside the app binary (Tauri's custom protocol); no dev server,
// no remote assets, and no inline scripts or styles, so the CSP can forbid them.
export default defineConfig({
  root: __dirname,
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2021",
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
