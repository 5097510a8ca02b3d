// Vite serves and builds the viewer; Vitest runs the tests with the same configuration.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // End-to-end tests drive a real browser on 2 shared cores: give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
