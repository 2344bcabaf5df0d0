// The graph explorer: search an entity, draw its neighbourhood, expand nodes, read the evidence
// of a relationship, filter by relation type and date. State lives in this module's Explorer.
import { query, RELATION_TYPES, SEARCH, NEIGHBORHOOD, ARTICLE_STORY } from "./graphql-client.js";
import { GraphView, LABEL_COLOURS } from "./graph-view.js";
import { DetailsPanel } from "./details.js";

const $ = (id) => document.getElementById(id);

class Explorer {
  constructor() {
    this.rootId = null;
    this.expanded = [];
    this.nodes = new Map();
    this.edges = new Map();
    this.relationTypes = [];
    this.view = new GraphView($("graph"), {
      onNodeTap: (node) => this.details.showNode(node, {
        expanded: this.expanded.includes(node.id),
        onExpand: (id) => this.expand(id),
        onFocus: (id) => this.open(id),
      }),
      onNodeExpand: (id) => this.expand(id),
      onEdgeTap: (id) => this.showEdge(this.edges.get(id)),
    });
    this.details = new DetailsPanel($("details"), $("details-body"), $("details-close"));
  }

  get cy() {
    return this.view.cy;
  }

  async start() {
    this.drawLegend();
    $("search").addEventListener("submit", (e) => {
      e.preventDefault();
      this.search($("search-input").value.trim());
    });
    $("since").addEventListener("change", () => this.reload());
    $("until").addEventListener("change", () => this.reload());
    $("types-all").addEventListener("click", () => this.setAllTypes(true));
    $("types-none").addEventListener("click", () => this.setAllTypes(false));
    window.addEventListener("popstate", () => this.openFromUrl());

    await this.run("Loading relation types…", async () => {
      const data = await query(RELATION_TYPES);
      this.relationTypes = data.__type?.enumValues ?? [];
      this.drawTypeFilters();
    });
    await this.openFromUrl();
  }

  /** Runs a step with a status line, and shows its failure instead of losing it. */
  async run(status, step) {
    $("status").textContent = status;
    $("error").hidden = true;
    document.body.dataset.busy = "true";
    try {
      await step();
      return true;
    } catch (error) {
      $("error").textContent = error.message;
      $("error").hidden = false;
      $("status").textContent = "";
      return false;
    } finally {
      delete document.body.dataset.busy;
    }
  }

  async search(text) {
    if (!text) return;
    await this.run(`Searching “${text}”…`, async () => {
      const data = await query(SEARCH, { q: text });
      const list = $("results");
      list.replaceChildren(...data.searchEntities.map((entity) => {
        const button = document.createElement("button");
        button.type = "button";
        button.dataset.id = entity.id;
        button.append(entity.name, Object.assign(document.createElement("span"), { className: "entity-label", textContent: entity.label }));
        button.addEventListener("click", () => this.open(entity.id));
        const item = document.createElement("li");
        item.append(button);
        return item;
      }));
      $("status").textContent = data.searchEntities.length
        ? `${data.searchEntities.length} match${data.searchEntities.length === 1 ? "" : "es"} for “${text}”: pick one.`
        : `No entity matches “${text}”.`;
    });
  }

  async openFromUrl() {
    const id = new URLSearchParams(window.location.search).get("entity");
    if (id) await this.open(id, { updateUrl: false });
  }

  async open(id, { updateUrl = true } = {}) {
    this.rootId = id;
    this.expanded = [id];
    if (updateUrl) {
      const url = new URL(window.location.href);
      url.searchParams.set("entity", id);
      window.history.pushState(null, "", url);
    }
    this.details.clear();
    await this.reload();
  }

  async expand(id) {
    if (this.expanded.includes(id)) return;
    const filters = this.filters();
    if (!filters) return;
    await this.run("Expanding…", async () => {
      const neighbourhood = await this.fetchNeighbourhood(id, filters);
      this.expanded.push(id);
      const before = this.nodes.size;
      this.remember(neighbourhood);
      this.view.merge(neighbourhood.nodes, neighbourhood.edges, this.rootId, this.expanded, id);
      this.describe(`Expanded ${this.nodes.get(id)?.name ?? id}: ${this.nodes.size - before} new node(s).`);
    });
  }

  /** The edge's evidence at once, then the story and related reports of each of its articles as they arrive. */
  showEdge(edge) {
    this.details.showEdge(edge, this.nodes);
    const articleIds = [...new Set(edge.evidence.map((e) => e.article.id))];
    for (const id of articleIds) {
      query(ARTICLE_STORY, { id })
        .then((data) => data.article && this.details.showArticleStory(edge.id, id, data.article))
        .catch((error) => this.details.showArticleStoryError(edge.id, id, error.message));
    }
  }

  /** Fetches again the neighbourhood of every expanded node under the current filters and redraws. */
  async reload() {
    if (!this.rootId) return;
    const filters = this.filters();
    if (!filters) return;
    await this.run("Loading…", async () => {
      const parts = await Promise.all(this.expanded.map((id) => this.fetchNeighbourhood(id, filters)));
      if (parts[0].nodes.length === 0) {
        this.view.clear();
        this.nodes.clear();
        this.edges.clear();
        throw new Error(`No entity has the id “${this.rootId}”.`);
      }
      this.nodes.clear();
      this.edges.clear();
      parts.forEach((part) => this.remember(part));
      this.view.show([...this.nodes.values()], [...this.edges.values()], this.rootId, this.expanded);
      this.describe(this.edges.size ? null : "No relationships match the filters.");
    });
  }

  fetchNeighbourhood(id, filters) {
    return query(NEIGHBORHOOD, { id, ...filters }).then((data) => data.neighborhood);
  }

  remember(neighbourhood) {
    neighbourhood.nodes.forEach((n) => this.nodes.set(n.id, n));
    neighbourhood.edges.forEach((e) => this.edges.set(e.id, e));
  }

  describe(note) {
    const root = this.nodes.get(this.rootId);
    $("status").textContent = [`${root?.name ?? this.rootId}: ${this.nodes.size} nodes, ${this.edges.size} relationships.`, note].filter(Boolean).join(" ");
  }

  /** The query variables of the filters, or null (and a visible error) when they cannot match anything. */
  filters() {
    const since = $("since").value || null;
    const until = $("until").value || null;
    const checked = [...document.querySelectorAll("#types input:checked")].map((box) => box.value);
    const problem = since && until && since > until ? "The “since” date is after the “until” date."
      : checked.length === 0 && this.relationTypes.length ? "Pick at least one relation type."
      : null;
    if (problem) {
      $("error").textContent = problem;
      $("error").hidden = false;
      return null;
    }
    const types = checked.length === this.relationTypes.length ? null : checked;
    return { types, since, until };
  }

  drawTypeFilters() {
    const boxes = this.relationTypes.map((type) => {
      const box = Object.assign(document.createElement("input"), { type: "checkbox", value: type.name, checked: true });
      box.addEventListener("change", () => this.reload());
      const label = document.createElement("label");
      label.title = type.description ?? "";
      label.append(box, ` ${type.name}`);
      return label;
    });
    $("types").append(...boxes);
  }

  setAllTypes(checked) {
    document.querySelectorAll("#types input").forEach((box) => { box.checked = checked; });
    this.reload();
  }

  drawLegend() {
    $("legend").replaceChildren(...Object.entries(LABEL_COLOURS).map(([label, colour]) => {
      const item = document.createElement("li");
      const swatch = Object.assign(document.createElement("span"), { className: "swatch" });
      swatch.style.background = colour;
      item.append(swatch, label);
      return item;
    }), Object.assign(document.createElement("li"), { textContent: "dashed edge: not asserted (planned, reported, negated…)" }));
  }
}

const explorer = new Explorer();
// A handle for the browser console and the browser tests (node positions, counts).
window.graphExplorer = explorer;
explorer.start();
