// Vite serves and builds the viewer (index.html + src/viewer/); Vitest runs the tests with the same file.
import { defineConfig } from "vitest/config";
import { viewerViteConfig } from "./src/viewer/dev-server/viewer-vite-config.ts";

export default defineConfig({
  // Vitest's own server must not build and watch the data folder; the e2e tests start their own viewer.
  ...(process.env.VITEST ? {} : viewerViteConfig()),
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Removes the temporary folders each test file made (tests/helpers/temporary-folder.ts).
    setupFiles: ["tests/setup/remove-temporary-folders.ts"],
    // End-to-end tests drive a real browser on 2 shared cores: give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
