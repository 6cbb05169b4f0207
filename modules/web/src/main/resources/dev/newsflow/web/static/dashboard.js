// newsflow operations dashboard.
// Every string that comes from a scraped page reaches the DOM through textContent (or a text node), never
// through innerHTML: a title holding <script> shows as those characters. Links get an href only when they
// are http(s), so a javascript: URL in a page stays inert text.
"use strict";

(function () {
  const PAGE_SIZE = 50;
  const STATS_REFRESH_MS = 10000;
  const MAX_CHART_SERIES = 8;

  const state = { offset: 0, live: null, charts: {}, shownArticle: null };

  // ---- DOM helpers --------------------------------------------------------------------------------------

  function $(id) { return document.getElementById(id); }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function safeHref(url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function regionText(region) {
    if (!region) return "";
    const parts = [region.province, region.city, region.county].filter(Boolean);
    if (parts.length === 0 || parts[parts.length - 1] !== region.name) parts.push(region.name);
    return parts.join(" · ") + " (" + region.adcode + ")";
  }

  function shortTime(iso) {
    if (!iso) return "";
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toISOString().replace("T", " ").substring(0, 19);
  }

  // ---- filters ------------------------------------------------------------------------------------------

  function filterParams() {
    const params = new URLSearchParams();
    for (const name of ["category", "province", "stage", "from", "to"]) {
      const value = $("filter-" + name).value;
      if (value) params.set(name, value);
    }
    return params;
  }

  function matchesFilter(event) {
    const p = filterParams();
    if (p.has("category") && event.category !== p.get("category")) return false;
    if (p.has("province") && (event.region && event.region.province) !== p.get("province")) return false;
    if (p.has("stage") && event.stage !== p.get("stage")) return false;
    if (p.has("from") && !(event.date && event.date >= p.get("from"))) return false;
    if (p.has("to") && !(event.date && event.date <= p.get("to"))) return false;
    return true;
  }

  function showError(message) {
    const box = $("filter-error");
    box.textContent = message || "";
    box.hidden = !message;
  }

  function fillSelect(select, keys) {
    const chosen = select.value;
    const present = new Set(Array.from(select.options).map(o => o.value));
    for (const key of keys) {
      if (!present.has(key)) {
        const option = el("option", key);
        option.value = key;
        select.appendChild(option);
      }
    }
    select.value = chosen;
  }

  // ---- event list ---------------------------------------------------------------------------------------

  function eventRow(event, fresh) {
    const row = el("tr", null, fresh ? "event fresh" : "event");
    row.dataset.eventId = event.eventId;
    row.appendChild(el("td", shortTime(event.extractedAt), "time"));
    row.appendChild(el("td", event.date || ""));
    row.appendChild(el("td", event.category, "category"));
    row.appendChild(el("td", event.stage, "stage"));
    row.appendChild(el("td", regionText(event.region), "region"));
    row.appendChild(el("td", event.evidence ? event.evidence.sentence : "", "evidence"));
    row.appendChild(el("td", event.confidence.toFixed(2), "confidence"));
    row.title = "Open the article this event comes from";
    row.addEventListener("click", () => openArticle(event));
    return row;
  }

  async function fetchJson(url) {
    const response = await fetch(url, { headers: { "Accept": "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || ("HTTP " + response.status));
    return body;
  }

  async function loadEvents(append) {
    if (!append) state.offset = 0;
    const params = filterParams();
    params.set("offset", state.offset);
    params.set("limit", PAGE_SIZE);
    try {
      const page = await fetchJson("/api/events?" + params);
      const body = $("events-body");
      if (!append) clear(body);
      for (const event of page.items) body.appendChild(eventRow(event, false));
      state.offset = page.offset + page.items.length;
      $("events-total").textContent = page.total + " matching";
      $("events-more").hidden = state.offset >= page.total;
      showError(null);
    } catch (e) {
      showError(e.message);
    }
  }

  function prependLive(event) {
    if (!matchesFilter(event)) return;
    const body = $("events-body");
    const existing = body.querySelector("tr[data-event-id=\"" + CSS.escape(event.eventId) + "\"]");
    if (existing) existing.remove();
    body.insertBefore(eventRow(event, true), body.firstChild);
    state.offset += 1;
  }

  // ---- live feed (server-sent events) -------------------------------------------------------------------

  function setLiveStatus(text) {
    const status = $("live-status");
    status.textContent = text;
    status.className = "status " + text;
  }

  function connectLive() {
    if (state.live) state.live.close();
    setLiveStatus("connecting");
    const source = new EventSource("/api/live?" + filterParams());
    source.addEventListener("ready", () => setLiveStatus("live"));
    source.addEventListener("reform-event", message => {
      try {
        prependLive(JSON.parse(message.data));
      } catch (e) {
        console.error("unreadable live event", e);
      }
    });
    source.onerror = () => setLiveStatus(source.readyState === EventSource.CLOSED ? "disconnected" : "connecting");
    state.live = source;
  }

  // ---- drill-down ---------------------------------------------------------------------------------------

  // Splits the article text around the evidence sentence; the offsets are trusted only when they point at
  // the sentence, otherwise the sentence is searched for, and shown apart when the text does not hold it.
  function evidenceRange(text, evidence) {
    if (!evidence) return null;
    if (evidence.start >= 0 && evidence.end <= text.length && evidence.start < evidence.end
        && text.substring(evidence.start, evidence.end) === evidence.sentence) {
      return [evidence.start, evidence.end];
    }
    const at = evidence.sentence ? text.indexOf(evidence.sentence) : -1;
    return at >= 0 ? [at, at + evidence.sentence.length] : null;
  }

  function renderArticle(article, event) {
    $("article-title").textContent = article.title || "(no title)";
    const link = $("article-url");
    link.textContent = article.url;
    const href = safeHref(article.url);
    if (href) link.href = href; else link.removeAttribute("href");
    $("article-meta").textContent = [article.site, article.publishedDate ? "published " + article.publishedDate : null,
      "fetched " + shortTime(article.fetchedAt), "charset " + article.detectedCharset,
      article.spam ? "whole page spam" : null, article.duplicateOf ? "duplicate of " + article.duplicateOf : null]
      .filter(Boolean).join(" · ");

    const textBox = $("article-text");
    clear(textBox);
    const text = article.text || "";
    const range = evidenceRange(text, event.evidence);
    if (range) {
      textBox.appendChild(document.createTextNode(text.substring(0, range[0])));
      const mark = el("mark", text.substring(range[0], range[1]), "evidence");
      mark.id = "article-evidence";
      textBox.appendChild(mark);
      textBox.appendChild(document.createTextNode(text.substring(range[1])));
    } else {
      textBox.appendChild(el("p", "Evidence sentence (not found in the current text): ", "warning"));
      const mark = el("mark", event.evidence ? event.evidence.sentence : "", "evidence");
      mark.id = "article-evidence";
      textBox.appendChild(mark);
      textBox.appendChild(el("hr"));
      textBox.appendChild(document.createTextNode(text));
    }

    const removed = $("article-removed").tBodies[0];
    clear(removed);
    for (const removal of article.removed) {
      const row = el("tr", null, "removal " + removal.reason.toLowerCase());
      row.appendChild(el("td", removal.reason));
      row.appendChild(el("td", removal.rule));
      row.appendChild(el("td", removal.text));
      removed.appendChild(row);
    }
    $("article-removed-count").textContent = article.removed.length + " lines";
    $("article-panel").hidden = false;
    const marked = $("article-evidence");
    if (marked && marked.scrollIntoView) marked.scrollIntoView({ block: "center" });
  }

  async function openArticle(event) {
    try {
      const article = await fetchJson("/api/articles/" + encodeURIComponent(event.articleId));
      renderArticle(article, event);
      showError(null);
    } catch (e) {
      showError("Article " + event.articleId + ": " + e.message);
    }
  }

  // ---- charts and pipeline health -----------------------------------------------------------------------

  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"];

  // Stacked bars of the busiest keys per day; the rest are summed as "other" so a chart stays readable.
  function chartData(counts) {
    const days = Array.from(new Set(counts.map(c => c.day))).sort();
    const totals = new Map();
    for (const c of counts) totals.set(c.key, (totals.get(c.key) || 0) + c.count);
    const ranked = Array.from(totals.keys()).sort((a, b) => totals.get(b) - totals.get(a));
    const shown = ranked.slice(0, MAX_CHART_SERIES);
    const series = new Map(shown.map(k => [k, days.map(() => 0)]));
    const other = days.map(() => 0);
    for (const c of counts) {
      const target = series.get(c.key) || other;
      target[days.indexOf(c.day)] += c.count;
    }
    const datasets = shown.map((key, i) => ({ label: key, data: series.get(key), backgroundColor: PALETTE[i] }));
    if (ranked.length > shown.length) datasets.push({ label: "other", data: other, backgroundColor: PALETTE[8] });
    return { labels: days, datasets: datasets };
  }

  function drawChart(name, canvasId, counts) {
    if (typeof Chart === "undefined") return; // the page still works as a list without the chart library
    const data = chartData(counts);
    const chart = state.charts[name];
    if (chart) {
      chart.data = data;
      chart.update("none");
      return;
    }
    state.charts[name] = new Chart($(canvasId), {
      type: "bar",
      data: data,
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } }
      }
    });
  }

  function fillTable(tableId, rows) {
    const body = $(tableId).tBodies[0];
    clear(body);
    if (rows.length === 0) {
      const row = el("tr", null, "unknown");
      const cell = el("td", "unknown");
      cell.colSpan = $(tableId).tHead.rows[0].cells.length;
      row.appendChild(cell);
      body.appendChild(row);
      return;
    }
    for (const cells of rows) {
      const row = el("tr");
      for (const cell of cells) row.appendChild(el("td", cell));
      body.appendChild(row);
    }
  }

  function figure(id, value) {
    $(id).textContent = value === null || value === undefined ? "unknown" : value;
  }

  function renderPipeline(p) {
    figure("pipeline-spam", p.spamRate === null ? null : (p.spamRate * 100).toFixed(1) + " %");
    figure("pipeline-duplicates", p.duplicates);
    figure("pipeline-dead-letters", p.deadLetters);
    fillTable("pipeline-throughput", p.throughput.map(t => [t.stage, t.perSecond.toFixed(2)]));
    fillTable("pipeline-lag", p.consumerLag.map(l => [l.group, l.topic, l.lag]));
    fillTable("pipeline-fetch", p.lastFetchPerSite.map(s => [s.site, shortTime(s.lastSuccess)]));
  }

  async function loadStats() {
    try {
      const stats = await fetchJson("/api/stats");
      if (stats.events) { // null while the counts' source cannot answer: keep the last charts
        fillSelect($("filter-category"), Array.from(new Set(stats.events.perCategory.map(c => c.key))).sort());
        fillSelect($("filter-province"), Array.from(new Set(stats.events.perProvince.map(c => c.key))).sort());
        drawChart("category", "chart-category", stats.events.perCategory);
        drawChart("province", "chart-province", stats.events.perProvince);
      }
      renderPipeline(stats.pipeline);
      $("stats-unavailable").textContent = stats.unavailable.length ? "unavailable: " + stats.unavailable.join(", ") : "";
    } catch (e) {
      console.error("stats unavailable", e);
    }
  }

  // ---- wiring -------------------------------------------------------------------------------------------

  function refilter() {
    loadEvents(false);
    connectLive();
  }

  document.addEventListener("DOMContentLoaded", () => {
    for (const name of ["category", "province", "stage", "from", "to"]) {
      $("filter-" + name).addEventListener("change", refilter);
    }
    $("filters").addEventListener("reset", () => setTimeout(refilter, 0));
    $("filters").addEventListener("submit", e => { e.preventDefault(); refilter(); });
    $("events-more").addEventListener("click", () => loadEvents(true));
    $("article-close").addEventListener("click", () => { $("article-panel").hidden = true; });
    loadStats();
    setInterval(loadStats, STATS_REFRESH_MS);
    refilter();
  });
})();
