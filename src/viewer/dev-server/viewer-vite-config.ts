// The viewer's vite configuration, shared by vite.config.ts and the end-to-end tests (which point it at fixture data).
import type { UserConfig } from "vite";
import { contentSecurityPolicyPlugin } from "./content-security-policy.ts";
import { graphDataPlugin, type GraphDataPluginOptions } from "./graph-data-plugin.ts";

/** Where the site is built and which data it carries. */
export interface ViewerConfigOptions extends Partial<GraphDataPluginOptions> {
  /** Output folder of `vite build`. */
  outDir?: string;
}

/**
 * The viewer's configuration: index.html at the project root, relative asset URLs so dist/ works
 * from any folder of any static host, the graph data plugin, and the built site's security policy.
 */
export function viewerViteConfig(options: ViewerConfigOptions = {}): UserConfig {
  const { outDir = "dist", ...pluginOptions } = options;
  return {
    base: "./",
    plugins: [graphDataPlugin(pluginOptions), contentSecurityPolicyPlugin()],
    // sigma's bundle alone is over vite's 500 kB warning; it is one cacheable file.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  };
}
