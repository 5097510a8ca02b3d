// The built site's Content-Security-Policy: scripts only from the site itself, nothing from other origins.
import type { Plugin } from "vite";

/**
 * The policy, directive by directive. Why each source is allowed:
 * - `blob:` workers: ForceAtlas2's worker is created from a Blob URL of its own code;
 * - `data:`/`blob:` images: the favicon is a data URI, and PNG downloads are blobs;
 * - inline styles: sigma and the panels set element styles; styles cannot run code.
 * Scripts get no 'unsafe-inline' and no 'unsafe-eval', so an injected `<script>` or `onerror=` never runs.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "connect-src": ["'self'"],
  "font-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

/** The policy as the value of a Content-Security-Policy header or meta tag. */
export function contentSecurityPolicy(): string {
  return Object.entries(CONTENT_SECURITY_POLICY).map(([directive, sources]) => `${directive} ${sources.join(" ")}`).join("; ");
}

/**
 * Adds the policy to the built index.html as a meta tag, so it holds on any static host. It goes first
 * in <head>: a policy in a meta tag governs only what the page loads after it, and vite puts the bundle's
 * script and stylesheet in <head> too. Only for `vite build`: the dev server injects its own client
 * script and websocket.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: "actorgraph-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy() }, injectTo: "head-prepend" }],
  };
}
