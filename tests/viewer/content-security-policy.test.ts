// The built site's security policy: what it allows, and that scripts can come only from the site.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, CONTENT_SECURITY_POLICY } from "../../src/viewer/dev-server/content-security-policy.ts";

describe("contentSecurityPolicy", () => {
  it("allows scripts only from the site itself: no inline scripts, no eval, no other origin", () => {
    expect(CONTENT_SECURITY_POLICY["script-src"]).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });

  it("names no other origin anywhere: every source is the site, a blob, a data URI or none", () => {
    for (const sources of Object.values(CONTENT_SECURITY_POLICY)) {
      for (const source of sources) expect(["'self'", "'none'", "'unsafe-inline'", "blob:", "data:"]).toContain(source);
    }
  });

  it("is one header value with each directive once", () => {
    const directives = contentSecurityPolicy().split("; ").map((d) => d.split(" ")[0]);
    expect(new Set(directives).size).toBe(directives.length);
    expect(directives).toContain("default-src");
  });
});
