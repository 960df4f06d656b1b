// Builds the browser UI (web/) into dist/web/, which `dyad serve` serves at /.
// Everything is bundled: the server's CSP (default-src 'self') allows no CDN and no inline code.
import { defineConfig } from "vite";

export default defineConfig({
  root: "web",
  base: "/",
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // vis-timeline (with moment) and Chart.js make one chunk of about 1 MB; it is served locally.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npx vite` during development: the API of a running `dyad serve` (DYAD_API, default :8080).
    proxy: { "/api": process.env.DYAD_API ?? "http://127.0.0.1:8080" },
  },
});
