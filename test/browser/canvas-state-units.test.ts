/**
 * Canvas state (issue 12 part 4): pure producers over the data graph never touch
 * their input; the render graph sigma draws is derived from the data by a diff,
 * with appearance (size, colour) that the data graph never holds.
 */
import { describe, expect, it } from "vitest";
import { fromBatch, type DataGraph } from "../../web/src/core/graph.js";
import { addNodes, applyMerge, removeNodes, setPinned, setPositions } from "../../web/src/core/producers.js";
import { createSigmaGraph } from "../../web/src/core/graph.js";
import { structureChanged, syncRenderGraph } from "../../web/src/features/graph-canvas/render-graph.js";
import type { GraphBatch, KgNode } from "../../web/src/core/schema.js";

const node = (id: string, name: string, label: KgNode["label"] = "Agency"): KgNode => ({
  id,
  label,
  properties: { name, aliases: [] },
});
const BATCH: GraphBatch = {
  nodes: [node("agency:a", "甲"), node("agency:b", "乙"), node("province:c", "丙", "Province")],
  edges: [
    {
      id: "LOCATED_IN:agency:a->province:c",
      type: "LOCATED_IN",
      source: "agency:a",
      target: "province:c",
      properties: {},
    },
    {
      id: "WORKED_WITH:agency:b->agency:a",
      type: "WORKED_WITH",
      source: "agency:b",
      target: "agency:a",
      properties: {},
    },
  ],
};
const dump = (g: DataGraph) => JSON.stringify(g.export());

describe("producers", () => {
  it("return a new graph and leave their input as it was", () => {
    const g = fromBatch(BATCH);
    const before = dump(g);
    const steps = [
      addNodes({ nodes: [node("agency:d", "丁")], edges: [] }, { x: 0, y: 0 }),
      removeNodes(["agency:b"]),
      setPositions(new Map([["agency:a", { x: 42, y: -7 }]])),
      setPinned(["agency:a"], true),
      applyMerge({ into: "agency:a", from: ["agency:b"] }),
    ];
    for (const step of steps) {
      const next = step(g);
      expect(next).not.toBe(g);
      expect(dump(g)).toBe(before);
    }
  });

  it("give back the same graph when nothing changes", () => {
    const g = fromBatch(BATCH);
    const a = g.getNodeAttributes("agency:a");
    expect(removeNodes(["nope"])(g)).toBe(g);
    expect(setPositions(new Map([["agency:a", { x: a.x, y: a.y }]]))(g)).toBe(g);
    expect(setPinned(["agency:a"], false)(g)).toBe(g);
  });

  it("applyMerge moves the merged node's relationships to the survivor and drops it", () => {
    const g = applyMerge({ into: "agency:a", from: ["agency:b"] })(fromBatch(BATCH));
    expect(g.hasNode("agency:b")).toBe(false);
    // WORKED_WITH b->a became a loop on a: dropped; a's own edge stays
    expect(g.edges().sort()).toEqual(["LOCATED_IN:agency:a->province:c"]);
    const g2 = applyMerge({ into: node("agency:z", "合并"), from: ["agency:a"] })(fromBatch(BATCH));
    expect(g2.hasNode("agency:a")).toBe(false);
    expect(g2.getNodeAttribute("agency:z", "label")).toBe("合并");
    expect(g2.edges().sort()).toEqual(["LOCATED_IN:agency:z->province:c", "WORKED_WITH:agency:b->agency:z"]);
  });
});

describe("render graph", () => {
  const look = { sizeMode: "degree", colorMode: "kind" } as const;

  it("is derived from the data with sizes and colours; the data holds neither", () => {
    const data = fromBatch(BATCH);
    const render = createSigmaGraph();
    syncRenderGraph(render, null, data, look, null);
    expect(render.order).toBe(3);
    expect(render.size).toBe(2);
    // agency:a has degree 2, the others 1: bigger
    expect(render.getNodeAttribute("agency:a", "size")).toBeGreaterThan(render.getNodeAttribute("agency:b", "size"));
    expect(render.getNodeAttribute("province:c", "color")).not.toBe(render.getNodeAttribute("agency:a", "color"));
    data.forEachNode((_, a) => {
      expect(a.size).toBeUndefined();
      expect(a.color).toBeUndefined();
    });
  });

  it("follows removals, additions and moves by a diff, and keeps positions the layout gave it", () => {
    const d0 = fromBatch(BATCH);
    const render = createSigmaGraph();
    syncRenderGraph(render, null, d0, look, null);
    // the layout moved agency:b in the render graph only
    render.mergeNodeAttributes("agency:b", { x: 999, y: 999 });
    const d1 = setPositions(new Map([["agency:a", { x: 5, y: 6 }]]))(removeNodes(["province:c"])(d0));
    expect(structureChanged(d0, d1)).toBe(true);
    syncRenderGraph(render, d0, d1, look, look);
    expect(render.hasNode("province:c")).toBe(false);
    expect(render.getNodeAttributes("agency:a")).toMatchObject({ x: 5, y: 6 });
    expect(render.getNodeAttributes("agency:b")).toMatchObject({ x: 999, y: 999 });
    const d2 = setPinned(["agency:b"], true)(d1);
    expect(structureChanged(d1, d2)).toBe(false);
    syncRenderGraph(render, d1, d2, { sizeMode: "uniform", colorMode: "kind" }, look);
    expect(render.getNodeAttribute("agency:b", "fixed")).toBe(true);
    expect(render.getNodeAttribute("agency:a", "size")).toBe(render.getNodeAttribute("agency:b", "size"));
  });

  it("a replaced canvas (many drops) is one clear and rebuild, keeping where the layout put the nodes that stay", () => {
    const many: GraphBatch = {
      nodes: Array.from({ length: 80 }, (_, i) => node(`agency:n${i}`, `机构${i}`)),
      edges: [],
    };
    const d0 = fromBatch(many);
    const render = createSigmaGraph();
    syncRenderGraph(render, null, d0, look, null);
    render.mergeNodeAttributes("agency:n0", { x: 999, y: -999 });
    let cleared = 0;
    render.on("cleared", () => cleared++);
    const d1 = removeNodes(many.nodes.slice(1, 70).map((n) => n.id))(d0);
    syncRenderGraph(render, d0, d1, look, look);
    expect(cleared).toBe(1);
    expect(render.order).toBe(11);
    expect(render.getNodeAttributes("agency:n0")).toMatchObject({ x: 999, y: -999 });
    // a few drops go one by one
    const d2 = removeNodes(["agency:n75"])(d1);
    syncRenderGraph(render, d1, d2, look, look);
    expect(cleared).toBe(1);
    expect(render.order).toBe(10);
  });
});
