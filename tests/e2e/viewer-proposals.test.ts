// The extraction assistant's proposals in a real browser: hidden until the legend's Proposals switch is
// on, then drawn faint, the switch kept in the link; reviewed relations are never affected.
import { describe, expect, it } from "vitest";
import { cli } from "../cli/cli-helpers.ts";
import { worldFolder } from "../extract/invented-world.ts";
import { waitForGraph } from "./helpers/browser.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

const PROPOSED = "norvask:attacked:port-halden";
const REVIEWED = "valdoria:supplies:norvask";

// The built viewer on an invented world in which `actorgraph extract` has proposed a relation no one reviewed.
const viewer = useViewerPage(async () => {
  const dir = worldFolder(
    { id: "report", text: "Valdoria supplied Norvask with drones. Norvask struck Port Halden.", date: "2023-04-12" },
    "- source: valdoria\n  type: supplies\n  target: norvask\n  status: reported\n  evidence:\n    - source: report\n      quote: Valdoria supplied Norvask with drones.\n",
  );
  const extracted = await cli(["extract", "report", "--data", dir]);
  if (extracted.code !== 0) throw new Error(`extract failed: ${extracted.stderr}`);
  return startBuiltViewer(dir);
});

const hiddenEdges = () => viewer.page.evaluate(() => {
  const app = window.actorgraph!.app!;
  return app.graph().filterEdges((edge) => app.sigma.getEdgeState(edge).isHidden).sort();
});

describe("proposals of actorgraph extract in the viewer", () => {
  it("are hidden until 'Show proposals' is ticked, which the link keeps, and reviewed relations stay shown", async () => {
    await viewer.open();
    await expect(viewer.page.locator("#show-proposals").isChecked()).resolves.toBe(false);
    await expect(viewer.page.locator("label[for=show-proposals]").textContent()).resolves.toBe(" Show proposals (0 entities, 1 relation)");
    await expect(viewer.page.locator(".proposals-filter .hint").textContent()).resolves.toContain("drawn faint when shown");
    expect(await hiddenEdges()).toEqual([PROPOSED]);

    await viewer.page.locator("#show-proposals").check();
    expect(await hiddenEdges()).toEqual([]);
    expect(await viewer.page.evaluate(() => location.hash)).toBe("#proposals=1");
    await viewer.page.reload();
    await waitForGraph(viewer.page);
    expect(await hiddenEdges()).toEqual([]);
    await expect(viewer.page.locator("#show-proposals").isChecked()).resolves.toBe(true);

    await viewer.page.locator("#show-proposals").uncheck();
    expect(await hiddenEdges()).toEqual([PROPOSED]);
    expect(await viewer.page.evaluate((edge) => window.actorgraph!.app!.graph().hasEdge(edge), REVIEWED)).toBe(true);
    expect(viewer.errors).toEqual([]);
  });
});
