// Draws entities and relationships with cytoscape: colour by entity label, edge label = type,
// dashed edges for anything not asserted (planned, potential, negated, reported).

export const LABEL_COLOURS = {
  Person: "#2f80ed",
  Country: "#27ae60",
  Organization: "#f2994a",
  Location: "#9b51e0",
  Event: "#eb5757",
};

const STYLE = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "background-color": "#8899a6",
      width: 28,
      height: 28,
      "font-size": 11,
      "text-valign": "bottom",
      "text-margin-y": 4,
      color: "#1f2933",
    },
  },
  ...Object.entries(LABEL_COLOURS).map(([label, colour]) => ({
    selector: `node[label = "${label}"]`,
    style: { "background-color": colour },
  })),
  { selector: "node.expanded", style: { "border-width": 3, "border-color": "#243b53" } },
  { selector: "node.root", style: { width: 38, height: 38 } },
  {
    selector: "edge",
    style: {
      label: "data(type)",
      width: 2,
      "line-color": "#9fb3c8",
      "target-arrow-color": "#9fb3c8",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      "font-size": 9,
      "text-rotation": "autorotate",
      "text-background-color": "#fff",
      "text-background-opacity": 0.8,
      "text-background-padding": 1,
    },
  },
  { selector: 'edge[modality != "asserted"]', style: { "line-style": "dashed" } },
  { selector: ":selected", style: { "line-color": "#243b53", "target-arrow-color": "#243b53", "border-color": "#f2c94c", "border-width": 4 } },
];

const MAX_FIT_ZOOM = 1.4;

export class GraphView {
  constructor(container, { onNodeTap, onNodeExpand, onEdgeTap }) {
    this.container = container;
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    // "onetap" waits out the double-tap window, so a double-click expands without opening the panel first.
    this.cy.on("onetap", "node", (e) => onNodeTap(e.target.data()));
    this.cy.on("dbltap", "node", (e) => onNodeExpand(e.target.id()));
    this.cy.on("tap", "edge", (e) => onEdgeTap(e.target.id()));
  }

  /** Replaces the drawing with these nodes and edges ({id, name, label} and {id, type, modality, source, target}). */
  show(nodes, edges, rootId, expandedIds) {
    this.cy.elements().remove();
    this.merge(nodes, edges, rootId, expandedIds, rootId);
  }

  /** Adds what is new, placing new nodes around the one they were reached from, and lays the graph out again. */
  merge(nodes, edges, rootId, expandedIds, anchorId) {
    const anchor = this.cy.getElementById(anchorId);
    const centre = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const fresh = nodes.filter((n) => this.cy.getElementById(n.id).empty());
    const spacing = (2 * Math.PI) / Math.max(fresh.length, 1);
    this.cy.add(fresh.map((n, i) => ({
      group: "nodes",
      data: { id: n.id, name: n.name, label: n.label },
      position: n.id === anchorId ? centre : { x: centre.x + 150 * Math.cos(i * spacing), y: centre.y + 150 * Math.sin(i * spacing) },
    })));
    this.cy.add(edges.filter((e) => this.cy.getElementById(e.id).empty()).map((e) => ({
      group: "edges",
      data: { id: e.id, source: e.source.id, target: e.target.id, type: e.type, modality: e.modality },
    })));
    this.cy.nodes().removeClass("root expanded");
    this.cy.getElementById(rootId).addClass("root");
    expandedIds.forEach((id) => this.cy.getElementById(id).addClass("expanded"));
    this.cy.layout({ name: "cose", animate: false, randomize: false, fit: true, padding: 40, nodeRepulsion: () => 8000, idealEdgeLength: () => 110 }).run();
    // A small graph fitted to the screen would be drawn huge; keep it at a readable scale.
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
    this.container.dataset.nodes = String(this.cy.nodes().length);
    this.container.dataset.edges = String(this.cy.edges().length);
  }

  clear() {
    this.cy.elements().remove();
    this.container.dataset.nodes = "0";
    this.container.dataset.edges = "0";
  }
}
