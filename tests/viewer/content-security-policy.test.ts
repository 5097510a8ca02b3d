// The built site's security policy as a static host serves it: `vite build` with the viewer's own configuration,
// served by vite preview, and the policy read back from the page. Any loosening of the policy fails here:
// a source or directive not in the table below, inline or eval'd scripts, another origin, or a policy that is missing
// or placed after the page's scripts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBuiltViewer, type RunningViewer } from "../e2e/helpers/viewer-server.ts";

/**
 * What each directive may allow, at most; written here on purpose rather than read from the policy's module,
 * so that widening the policy means widening this table too.
 */
const MOST_ALLOWED: Record<string, readonly string[]> = {
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

/** Directives that must be there: without them the browser falls back to allowing more. */
const REQUIRED: Record<string, readonly string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

let viewer: RunningViewer;
let html: string;

beforeAll(async () => {
  viewer = await startBuiltViewer("tests/fixtures/viewer-hostile");
  const response = await fetch(viewer.url);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-security-policy")).toBeNull();
  html = await response.text();
});

afterAll(async () => {
  await viewer?.close();
});

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** Every `<meta http-equiv="Content-Security-Policy">` of the page: its place in the text and its policy. */
function policyTags(page: string): { index: number; policy: string }[] {
  const tags: { index: number; policy: string }[] = [];
  for (const match of page.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = new Map([...match[0].matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? "")]));
    if (attributes.get("http-equiv")?.toLowerCase() === "content-security-policy") tags.push({ index: match.index, policy: attributes.get("content") ?? "" });
  }
  return tags;
}

/** The policy as directive -> sources, keeping repeated directives so a test can see them. */
function directives(policy: string): [string, string[]][] {
  return policy.split(";").map((d) => d.trim()).filter((d) => d.length > 0).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name!.toLowerCase(), sources];
  });
}

describe("the served page's Content-Security-Policy", () => {
  it("is one meta tag, ahead of every script and stylesheet it governs", () => {
    const tags = policyTags(html);
    expect(tags).toHaveLength(1);
    const firstResource = html.search(/<script\b|<link\b[^>]*rel=["']?(stylesheet|modulepreload)/i);
    expect(firstResource).toBeGreaterThan(-1);
    expect(tags[0]!.index).toBeLessThan(firstResource);
    // Ahead of the charset too, which must still come within the first 1024 bytes.
    expect(Buffer.byteLength(html.slice(0, html.search(/<meta charset=/i)))).toBeLessThan(1024);
  });

  it("allows scripts only from the site itself: no inline scripts, no eval, no other origin", () => {
    const policy = new Map(directives(policyTags(html)[0]!.policy));
    for (const [name, sources] of Object.entries(REQUIRED)) expect(policy.get(name), name).toEqual(sources);
    expect(policy.has("script-src-elem") || policy.has("script-src-attr")).toBe(false);
  });

  it("allows nothing beyond the table: each directive known, once, with known sources only", () => {
    const listed = directives(policyTags(html)[0]!.policy);
    const names = listed.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const [name, sources] of listed) {
      expect(Object.keys(MOST_ALLOWED), `directive ${name}`).toContain(name);
      for (const source of sources) expect(MOST_ALLOWED[name], `${name} ${source}`).toContain(source);
    }
  });
});
