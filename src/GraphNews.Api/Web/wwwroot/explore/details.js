// The side panel: what a clicked node or edge is, and for an edge the sentences that state it, with the story
// each article belongs to and the reports related to it.
// Everything from the data goes in as text, never as HTML.

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function definitionList(rows) {
  const list = element("dl");
  for (const [term, value] of rows) {
    list.append(element("dt", term), element("dd", value ?? "—"));
  }
  return list;
}

function articleLine(article) {
  const line = element("div", null, "article");
  line.dataset.articleId = article.id;
  line.append(element("strong", article.title, "article-title"));
  const facts = [article.published, article.source, article.license && `licence: ${article.license}`].filter(Boolean);
  if (facts.length) line.append(document.createTextNode(` — ${facts.join(" · ")}`));
  if (/^https?:\/\//i.test(article.url ?? "")) {
    const link = element("a", "original");
    link.href = article.url;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    line.append(document.createTextNode(" "), link);
  }
  return line;
}

export class DetailsPanel {
  constructor(panel, body, closeButton) {
    this.panel = panel;
    this.body = body;
    this.closeButton = closeButton;
    this.hint = body.firstElementChild;
    closeButton.addEventListener("click", () => this.clear());
  }

  showEdge(edge, nodesById) {
    const name = (id) => nodesById.get(id)?.name ?? id;
    const content = [
      element("h2", edge.type),
      element("p", `${name(edge.source.id)} → ${name(edge.target.id)}`),
      definitionList([
        ["modality", edge.modality],
        ["date", edge.date],
        ["confidence", edge.confidence.toFixed(2)],
      ]),
      element("h2", `Evidence (${edge.evidence.length})`),
    ];
    for (const evidence of edge.evidence) {
      const item = element("div", null, "evidence");
      item.append(element("blockquote", evidence.sentence, "sentence"), articleLine(evidence.article));
      content.push(item);
    }
    this.show(content, "edge");
    this.panel.dataset.edgeId = edge.id;
  }

  /** Under each line of the article (still on the shown edge): its story and the reports related to it, with why. */
  showArticleStory(edgeId, articleId, article) {
    const block = element("div", null, "story");
    if (article.story) {
      const { title, articleCount, firstPublished, lastPublished } = article.story;
      const span = [firstPublished, lastPublished].filter(Boolean);
      const dates = span.length ? ` · ${[...new Set(span)].join(" – ")}` : "";
      block.append(element("div", `Story: ${title}`, "story-title"), element("div", `${articleCount} report(s)${dates}`, "story-size"));
    }
    if (article.related.length) {
      const list = element("ul", null, "related");
      for (const link of article.related) {
        const why = link.reasons.sameEvent ? "same event" : "related";
        const item = element("li", `${link.article.title} (${link.article.published ?? "undated"}) — ${why}, ${link.reasons.decision.toLowerCase().replaceAll("_", " ")}`);
        item.dataset.articleId = link.article.id;
        list.append(item);
      }
      block.append(element("div", "Related reports", "related-heading"), list);
    }
    this.appendUnderArticle(edgeId, articleId, block);
  }

  showArticleStoryError(edgeId, articleId, message) {
    this.appendUnderArticle(edgeId, articleId, element("div", `Story not available: ${message}`, "story-error"));
  }

  appendUnderArticle(edgeId, articleId, block) {
    if (this.panel.dataset.edgeId !== edgeId) return;
    for (const line of this.body.querySelectorAll(".article")) {
      if (line.dataset.articleId === articleId) line.after(block.cloneNode(true));
    }
  }

  showNode(node, { onExpand, onFocus, expanded }) {
    const expand = element("button", expanded ? "Expanded" : "Expand");
    expand.type = "button";
    expand.disabled = expanded;
    expand.addEventListener("click", () => onExpand(node.id));
    const focus = element("button", "Centre on it");
    focus.type = "button";
    focus.addEventListener("click", () => onFocus(node.id));
    this.show([element("h2", node.name), definitionList([["label", node.label], ["id", node.id]]), expand, document.createTextNode(" "), focus], "node");
    delete this.panel.dataset.edgeId;
  }

  show(content, kind) {
    this.body.replaceChildren(...content);
    this.panel.dataset.kind = kind;
    this.closeButton.hidden = false;
  }

  clear() {
    this.body.replaceChildren(this.hint);
    delete this.panel.dataset.kind;
    delete this.panel.dataset.edgeId;
    this.closeButton.hidden = true;
  }
}
