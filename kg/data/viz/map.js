/* The relationship map page (kg/viz.py inlines this file after vis-network).
 *
 * Safety rule: every string that comes from the texts is put in the page with
 * textContent / value / innerText, never innerHTML; vis-network draws labels on a
 * canvas and renders string tooltips with innerText.
 */
(function () {
  "use strict";

  var T0 = performance.now();
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var FONT = '"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif';
  var TYPE_STYLE = {
    person: { shape: "dot", color: "#4e79a7", name: "人物 Person" },
    organization: { shape: "square", color: "#f28e2b", name: "机构 Organisation" },
    place: { shape: "triangle", color: "#59a14f", name: "地点 Place" },
    event: { shape: "diamond", color: "#e15759", name: "事件 Event" },
    goal: { shape: "star", color: "#b07aa1", name: "目标 Goal" },
    document: { shape: "hexagon", color: "#9c755f", name: "文件 Document" },
    other: { shape: "dot", color: "#8c8c8c", name: "其他 Other" }
  };
  var INFO_NAMES = {
    parent: "上级 Parent", indicator: "指标 Indicator", target: "目标值 Target", deadline: "期限 Deadline",
    level: "级别 Level", kind: "类别 Kind", issuer: "发布 Issuer", place: "地点 Place", trigger: "触发词 Trigger",
    division_code: "区划代码 Division code", file: "文件 File", publisher: "发布机构 Publisher"
  };
  var DATED = { event: true, document: true };
  var FADED = { background: "#eceef1", border: "#d9dde2", highlight: { background: "#eceef1", border: "#d9dde2" }, hover: { background: "#eceef1", border: "#d9dde2" } };
  var EDGE_COLOR = { color: "#b6bcc4", highlight: "#404850", hover: "#404850", inherit: false };
  var EDGE_FADED = { color: "#f0f1f3", highlight: "#f0f1f3", hover: "#f0f1f3", inherit: false };
  var EDGE_STRONG = { color: "#58606b", highlight: "#222", hover: "#222", inherit: false };

  var $ = function (id) { return document.getElementById(id); };
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function styleOf(type) { return TYPE_STYLE[type] || TYPE_STYLE.other; }
  function nodeColor(type) {
    var c = styleOf(type).color;
    return { background: c, border: shade(c), highlight: { background: c, border: "#1f2328" }, hover: { background: c, border: "#1f2328" } };
  }
  function shade(hex) {
    var n = parseInt(hex.slice(1), 16), f = 0.75;
    var r = Math.round(((n >> 16) & 255) * f), g = Math.round(((n >> 8) & 255) * f), b = Math.round((n & 255) * f);
    return "#" + ((1 << 24) + (r << 16) + (g << 8) + b).toString(16).slice(1);
  }

  // ------------------------------------------------------------ dates
  function span(value) {
    if (typeof value !== "string") return null;
    var m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
    if (!m) return null;
    if (m[3]) return [m[1] + "-" + m[2] + "-" + m[3], m[1] + "-" + m[2] + "-" + m[3]];
    if (m[2]) return [m[1] + "-" + m[2] + "-01", m[1] + "-" + m[2] + "-31"];
    return [m[1] + "-01-01", m[1] + "-12-31"];
  }
  function nodeSpan(n) {
    var s = span(n.date), e = span(n.end_date);
    if (!s) return e;
    if (!e) return s;
    return [s[0], e[1] > s[1] ? e[1] : s[1]];
  }

  // ------------------------------------------------------------ data
  var NODES = DATA.nodes, EDGES = DATA.edges;
  var byId = new Map(), adjacency = new Map();
  NODES.forEach(function (n) { byId.set(n.id, n); adjacency.set(n.id, []); n.span = nodeSpan(n); });
  EDGES.forEach(function (e, i) {
    e.id = i;
    if (adjacency.has(e.from)) adjacency.get(e.from).push({ edge: e, other: e.to, out: true });
    if (adjacency.has(e.to) && e.to !== e.from) adjacency.get(e.to).push({ edge: e, other: e.from, out: false });
  });

  // Seed positions: a sunflower spiral in breadth-first order from the hubs, so that
  // neighbours start close together and the physics needs few iterations to settle.
  function seedPositions() {
    var order = [], seen = new Set();
    var hubs = NODES.slice().sort(function (a, b) { return b.deg - a.deg; });
    hubs.forEach(function (h) {
      if (seen.has(h.id)) return;
      var queue = [h.id]; seen.add(h.id);
      for (var qi = 0; qi < queue.length; qi++) {
        var id = queue[qi]; order.push(id);
        adjacency.get(id).forEach(function (a) { if (!seen.has(a.other)) { seen.add(a.other); queue.push(a.other); } });
      }
    });
    var pos = new Map();
    order.forEach(function (id, k) {
      var r = 40 * Math.sqrt(k + 0.5), t = k * 2.399963;
      pos.set(id, { x: r * Math.cos(t), y: r * Math.sin(t) });
    });
    return pos;
  }
  var seeds = seedPositions();

  function visNode(n) {
    var st = styleOf(n.type), p = seeds.get(n.id);
    return { id: n.id, label: n.label, shape: st.shape, color: nodeColor(n.type), value: 1 + n.deg, x: p.x, y: p.y, font: { color: "#1f2328" } };
  }
  function edgeTitle(e) {
    var a = byId.get(e.from), b = byId.get(e.to);
    return e.label + (e.date ? " (" + e.date + ")" : "") + "：" + (a ? a.label : "?") + " → " + (b ? b.label : "?");
  }
  var nodes = new vis.DataSet(NODES.map(visNode));
  var edges = new vis.DataSet(EDGES.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, title: edgeTitle(e), color: EDGE_COLOR };
  }));

  // ------------------------------------------------------------ filters
  var typesPresent = [];
  (DATA.types || []).concat(["other"]).forEach(function (t) {
    if (NODES.some(function (n) { return n.type === t; })) typesPresent.push(t);
  });
  var state = { types: new Set(typesPresent), lo: null, hi: null };
  var visible = new Set();
  function isVisible(n) {
    if (!state.types.has(n.type)) return false;
    if ((state.lo || state.hi) && DATED[n.type]) {
      if (!n.span) return n.type !== "event";
      if (state.lo && n.span[1] < state.lo) return false;
      if (state.hi && n.span[0] > state.hi) return false;
    }
    return true;
  }
  function computeVisible() {
    visible = new Set();
    NODES.forEach(function (n) { if (isVisible(n)) visible.add(n.id); });
  }
  computeVisible();
  var nodesView = new vis.DataView(nodes, { filter: function (item) { return visible.has(item.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (item) { return visible.has(item.from) && visible.has(item.to); } });

  // ------------------------------------------------------------ network
  var N = NODES.length;
  var big = N > 1000;
  var iterations = N <= 300 ? 300 : N <= 1000 ? 200 : N <= 3000 ? 120 : N <= 6000 ? 60 : 30;  // bounded: ~2-3 s at 2,000 nodes
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: {
      enabled: N > 0,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, centralGravity: 0.008, springLength: 90, springConstant: 0.06, damping: 0.5, avoidOverlap: 0.2 },
      maxVelocity: 60,
      minVelocity: 1,
      timestep: 0.5,
      stabilization: { enabled: true, iterations: iterations, updateInterval: 10, fit: true }
    },
    nodes: {
      font: { face: FONT, size: 14, strokeWidth: 3, strokeColor: "#ffffff" },
      borderWidth: 1.5,
      scaling: { min: 8, max: 34, label: { enabled: true, min: 12, max: 20, drawThreshold: 5, maxVisible: 24 } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      width: 1, hoverWidth: 0.8, selectionWidth: 1.2,
      smooth: big ? false : { enabled: true, type: "continuous", roundness: 0.4 },
      font: { face: FONT, size: 12 }
    },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big, navigationButtons: false, keyboard: false }
  };
  var T1 = performance.now();
  var network = new vis.Network($("kg-graph"), { nodes: nodesView, edges: edgesView }, options);
  var T2 = performance.now();

  var settle;
  var api = {
    settled: false, settleMs: null, iterations: iterations,
    timings: { scriptStart: T0, dataReady: T1, networkCreated: T2, settled: null },
    ready: new Promise(function (resolve) { settle = resolve; })
  };
  var done = false;
  function finishLayout() {
    if (done) return;
    done = true;
    network.setOptions({ physics: { enabled: false } });
    savePositions();
    $("kg-progress").hidden = true;
    api.settled = true;
    api.settleMs = api.timings.settled = performance.now();
    network.fit();
    settle(true);
  }
  network.on("stabilizationProgress", function (p) {
    var pct = Math.round(100 * p.iterations / p.total) + "%";
    $("kg-progress-pct").textContent = pct;
    $("kg-progress-bar").firstElementChild.style.width = pct;
  });
  network.on("stabilizationIterationsDone", finishLayout);
  network.once("stabilized", finishLayout);
  if (N === 0) { finishLayout(); showMessage("图中没有实体。The graph has no entities to show."); }

  function savePositions() {
    var pos = network.getPositions();
    var updates = [];
    Object.keys(pos).forEach(function (k) { updates.push({ id: Number(k), x: pos[k].x, y: pos[k].y }); });
    if (updates.length) nodes.update(updates);
  }

  // ------------------------------------------------------------ highlight
  var highlighted = null; // Set of ids, or null
  function highlight(centreId) {
    var keep = new Set([centreId]);
    adjacency.get(centreId).forEach(function (a) { keep.add(a.other); });
    highlighted = keep;
    nodes.update(NODES.map(function (n) {
      return keep.has(n.id)
        ? { id: n.id, color: nodeColor(n.type), font: { color: "#1f2328" } }
        : { id: n.id, color: FADED, font: { color: "#c3c8ce" } };
    }));
    edges.update(EDGES.map(function (e) {
      return { id: e.id, color: (e.from === centreId || e.to === centreId) ? EDGE_STRONG : EDGE_FADED };
    }));
  }
  function clearHighlight() {
    if (!highlighted) return;
    highlighted = null;
    nodes.update(NODES.map(function (n) { return { id: n.id, color: nodeColor(n.type), font: { color: "#1f2328" } }; }));
    edges.update(EDGES.map(function (e) { return { id: e.id, color: EDGE_COLOR }; }));
  }

  // ------------------------------------------------------------ side panel
  var panel = $("kg-panel"), pinned = null;
  function section(title) { var s = el("section"); s.appendChild(el("h2", title)); return s; }
  function link(n, extra) {
    var b = el("button", n.label + (extra ? " " + extra : ""), "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { selectNode(n.id, true); });
    return b;
  }
  function showPanel(id) {
    var n = byId.get(id);
    panel.textContent = "";
    if (!n) { panel.appendChild(el("p", "将鼠标移到实体上查看详情。Hover or click an entity.", "kg-placeholder")); return; }
    var st = styleOf(n.type);
    var badge = el("span", st.name, "kg-type"); badge.style.background = st.color;
    panel.appendChild(badge);
    panel.appendChild(el("h3", n.label));
    var iri = n.iri;
    try { iri = decodeURI(n.iri); } catch (err) { /* keep it encoded */ }
    panel.appendChild(el("div", iri, "kg-src"));
    if (n.labels && n.labels.length) {
      var s = section("别名 Also known as"), ul = el("ul");
      n.labels.forEach(function (l) { ul.appendChild(el("li", l)); });
      s.appendChild(ul); panel.appendChild(s);
    }
    if (n.date || n.end_date) {
      var sd = section("日期 Date");
      sd.appendChild(el("div", (n.date || "?") + (n.end_date && n.end_date !== n.date ? " — " + n.end_date : "")));
      panel.appendChild(sd);
    }
    if (n.posts && n.posts.length) {
      var sp = section("职务 Posts"), ulp = el("ul");
      n.posts.forEach(function (p) { ulp.appendChild(el("li", p)); });
      sp.appendChild(ulp); panel.appendChild(sp);
    }
    if (n.info && Object.keys(n.info).length) {
      var si = section("信息 Facts"), dl = el("dl");
      Object.keys(n.info).forEach(function (k) { dl.appendChild(el("dt", INFO_NAMES[k] || k)); dl.appendChild(el("dd", n.info[k])); });
      si.appendChild(dl); panel.appendChild(si);
    }
    var links = adjacency.get(id) || [];
    var events = links.filter(function (a) { var o = byId.get(a.other); return o && o.type === "event"; });
    var others = links.filter(function (a) { var o = byId.get(a.other); return o && o.type !== "event"; });
    function relList(title, list) {
      if (!list.length) return;
      var sec = section(title + " (" + list.length + ")"), ul2 = el("ul");
      list.slice(0, 60).forEach(function (a) {
        var o = byId.get(a.other), li = el("li");
        var rel = a.edge.label + (a.edge.date ? " (" + a.edge.date + ")" : "");
        li.appendChild(el("span", rel + (a.out ? " → " : " ← "), "kg-src"));
        li.appendChild(link(o, o.date ? "(" + o.date + ")" : ""));
        ul2.appendChild(li);
      });
      if (list.length > 60) ul2.appendChild(el("li", "… +" + (list.length - 60), "kg-src"));
      sec.appendChild(ul2); panel.appendChild(sec);
    }
    events.sort(function (a, b) { return String(byId.get(a.other).date || "").localeCompare(String(byId.get(b.other).date || "")); });
    relList("事件 Events", events);
    relList("关系 Relations", others);
    if (n.sources && n.sources.length) {
      var ss = section("来源 Sources (" + (n.sources.length + (n.more_sources || 0)) + ")");
      n.sources.forEach(function (src) {
        ss.appendChild(el("blockquote", src.sentence));
        var from = (src.title ? "《" + src.title + "》" : "") + (src.doc ? " · " + src.doc : "");
        if (from) ss.appendChild(el("div", from, "kg-src"));
      });
      if (n.more_sources) ss.appendChild(el("div", "… +" + n.more_sources + " more", "kg-src"));
      panel.appendChild(ss);
    }
  }

  function selectNode(id, focus) {
    pinned = id;
    showPanel(id);
    if (visible.has(id)) {
      highlight(id);
      network.selectNodes([id]);
      if (focus) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    }
  }

  network.on("hoverNode", function (p) { if (pinned === null) showPanel(p.node); });
  network.on("click", function (p) {
    if (p.nodes.length) { selectNode(p.nodes[0], false); }
    else if (!p.edges.length) { pinned = null; clearHighlight(); }
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) selectNode(p.nodes[0], true); });
  network.on("dragEnd", function (p) { if (p.nodes.length) savePositions(); });

  // ------------------------------------------------------------ search
  function showMessage(text) {
    var m = $("kg-message");
    m.textContent = text || "";
    m.hidden = !text;
  }
  function findMatches(text) {
    var t = String(text || "").trim();
    if (!t) return [];
    var exact = NODES.filter(function (n) { return n.label === t || n.iri === t || (n.labels && n.labels.indexOf(t) >= 0); });
    if (exact.length) return exact.sort(function (a, b) { return b.deg - a.deg; });
    var low = t.toLowerCase();
    var part = NODES.filter(function (n) {
      return n.label.toLowerCase().indexOf(low) >= 0 || (n.labels || []).some(function (l) { return l.toLowerCase().indexOf(low) >= 0; });
    });
    return part.sort(function (a, b) {
      var pa = a.label.indexOf(t) === 0 ? 0 : 1, pb = b.label.indexOf(t) === 0 ? 0 : 1;
      return pa - pb || a.label.length - b.label.length || b.deg - a.deg;
    });
  }
  function search(text) {
    var matches = findMatches(text);
    var shown = matches.filter(function (n) { return visible.has(n.id); });
    if (!shown.length) {
      showMessage(matches.length
        ? "“" + text + "” 已被筛选隐藏 is hidden by the current filters — press Reset."
        : "没有找到 No entity matches “" + text + "”.");
      return null;
    }
    showMessage(matches.length > 1 ? "“" + text + "”: " + matches.length + " matches, showing " + shown[0].label : "");
    selectNode(shown[0].id, true);
    return shown[0].iri;
  }
  var names = $("kg-names");
  var frag = document.createDocumentFragment();
  NODES.slice().sort(function (a, b) { return b.deg - a.deg; }).slice(0, 5000).forEach(function (n) {
    var o = document.createElement("option"); o.value = n.label; frag.appendChild(o);
  });
  names.appendChild(frag);
  $("kg-search-form").addEventListener("submit", function (ev) { ev.preventDefault(); search($("kg-search").value); });

  // ------------------------------------------------------------ legend / type filter
  var legend = $("kg-legend"), boxes = {};
  var SVGNS = "http://www.w3.org/2000/svg";
  function shapeIcon(type) {
    var st = styleOf(type), svg = document.createElementNS(SVGNS, "svg"), sh;
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "0 0 16 16");
    var poly = {
      triangle: "8,1.5 15,14.5 1,14.5", diamond: "8,1 15,8 8,15 1,8",
      star: "8,0.8 10.1,5.6 15.2,5.9 11.3,9.2 12.5,14.3 8,11.6 3.5,14.3 4.7,9.2 0.8,5.9 5.9,5.6",
      hexagon: "8,1 14.1,4.5 14.1,11.5 8,15 1.9,11.5 1.9,4.5"
    }[st.shape];
    if (poly) { sh = document.createElementNS(SVGNS, "polygon"); sh.setAttribute("points", poly); }
    else if (st.shape === "square") { sh = document.createElementNS(SVGNS, "rect"); sh.setAttribute("x", "2"); sh.setAttribute("y", "2"); sh.setAttribute("width", "12"); sh.setAttribute("height", "12"); }
    else { sh = document.createElementNS(SVGNS, "circle"); sh.setAttribute("cx", "8"); sh.setAttribute("cy", "8"); sh.setAttribute("r", "6.5"); }
    sh.setAttribute("fill", st.color); sh.setAttribute("stroke", shade(st.color));
    svg.appendChild(sh);
    return svg;
  }
  typesPresent.forEach(function (t) {
    var li = el("li"), lab = el("label"), cb = el("input");
    cb.type = "checkbox"; cb.checked = true; cb.value = t; cb.dataset.type = t;
    cb.addEventListener("change", function () { applyTypesFromBoxes(); });
    boxes[t] = cb;
    lab.appendChild(cb); lab.appendChild(shapeIcon(t)); lab.appendChild(el("span", styleOf(t).name));
    lab.appendChild(el("span", String(NODES.filter(function (n) { return n.type === t; }).length), "kg-count"));
    li.appendChild(lab); legend.appendChild(li);
  });
  function applyTypesFromBoxes() {
    state.types = new Set(typesPresent.filter(function (t) { return boxes[t].checked; }));
    refresh();
  }
  function setTypeFilter(types) {
    var want = new Set(types || typesPresent);
    typesPresent.forEach(function (t) { boxes[t].checked = want.has(t); });
    applyTypesFromBoxes();
    return api.visibleNodeCount();
  }
  $("kg-types-all").addEventListener("click", function () { setTypeFilter(typesPresent); });
  $("kg-types-none").addEventListener("click", function () { setTypeFilter([]); });

  // ------------------------------------------------------------ timeline
  var dates = [];
  (function () {
    var seenDates = new Map();
    NODES.forEach(function (n) { if (DATED[n.type] && n.span && !seenDates.has(n.date || n.end_date)) seenDates.set(n.date || n.end_date, n.span); });
    seenDates.forEach(function (sp, d) { dates.push({ text: d, span: sp }); });
    dates.sort(function (a, b) { return a.span[0] < b.span[0] ? -1 : a.span[0] > b.span[0] ? 1 : a.span[1] < b.span[1] ? -1 : 1; });
  })();
  var since = $("kg-since"), until = $("kg-until");
  var histBars = [];
  function buildHistogram() {
    var hist = $("kg-histogram");
    var evs = NODES.filter(function (n) { return DATED[n.type] && n.span; });
    if (!evs.length) return;
    var first = dates[0].span[0], last = dates[dates.length - 1].span[0];
    var months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
    var byYear = months > 72;
    var keyOf = function (d) { return byYear ? d.slice(0, 4) : d.slice(0, 7); };
    var keys = [];
    if (byYear) { for (var y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) keys.push(String(y)); }
    else {
      var y0 = Number(first.slice(0, 4)), m0 = Number(first.slice(5, 7));
      for (var i = 0; i < months; i++) { var mm = m0 - 1 + i; keys.push((y0 + Math.floor(mm / 12)) + "-" + ("0" + (mm % 12 + 1)).slice(-2)); }
    }
    var counts = new Map(keys.map(function (k) { return [k, 0]; }));
    evs.forEach(function (n) { var k = keyOf(n.span[0]); if (counts.has(k)) counts.set(k, counts.get(k) + 1); });
    var max = Math.max.apply(null, Array.from(counts.values()));
    keys.forEach(function (k) {
      var bar = el("div"); bar.style.height = Math.max(4, Math.round(100 * counts.get(k) / max)) + "%";
      bar.title = k + ": " + counts.get(k);
      bar.dataset.lo = byYear ? k + "-01-01" : k + "-01"; bar.dataset.hi = byYear ? k + "-12-31" : k + "-31";
      hist.appendChild(bar); histBars.push(bar);
    });
  }
  function updateRangeText() {
    var txt = $("kg-range-text");
    if (!dates.length) { txt.textContent = "没有日期 No dated events"; return; }
    txt.textContent = dates[Number(since.value)].text + " — " + dates[Number(until.value)].text + "  (" + dates.length + " dates)";
    histBars.forEach(function (b) {
      b.classList.toggle("kg-out", (state.lo && b.dataset.hi < state.lo) || (state.hi && b.dataset.lo > state.hi));
    });
  }
  function onSlider(which) {
    var i = Number(since.value), j = Number(until.value);
    if (i > j) { if (which === "since") until.value = i; else since.value = j; i = Number(since.value); j = Number(until.value); }
    var full = i === 0 && j === dates.length - 1;
    state.lo = full ? null : dates[i].span[0];
    state.hi = full ? null : dates[j].span[1];
    refresh();
  }
  if (dates.length) {
    since.max = until.max = String(dates.length - 1);
    since.value = "0"; until.value = String(dates.length - 1);
    since.addEventListener("input", function () { onSlider("since"); });
    until.addEventListener("input", function () { onSlider("until"); });
    buildHistogram();
  } else {
    since.disabled = until.disabled = true;
  }
  function setDateRange(lo, hi) {
    var a = lo ? span(lo) : null, b = hi ? span(hi) : null;
    state.lo = a ? a[0] : null; state.hi = b ? b[1] : null;
    if (dates.length) {
      var i = 0, j = dates.length - 1;
      while (state.lo && i < dates.length - 1 && dates[i].span[1] < state.lo) i++;
      while (state.hi && j > 0 && dates[j].span[0] > state.hi) j--;
      since.value = String(i); until.value = String(Math.max(i, j));
    }
    refresh();
    return api.visibleNodeCount();
  }

  // ------------------------------------------------------------ refresh / reset
  function updateStats() {
    $("kg-stats").textContent = "显示 " + nodesView.length + " / " + N + " 实体 entities · " + edgesView.length + " 关系 links";
  }
  function refresh() {
    if (api.settled) savePositions();
    computeVisible();
    nodesView.refresh();
    edgesView.refresh();
    if (pinned !== null && !visible.has(pinned)) { pinned = null; clearHighlight(); }
    updateStats();
    updateRangeText();
  }
  function reset() {
    $("kg-search").value = "";
    showMessage("");
    pinned = null;
    clearHighlight();
    network.unselectAll();
    typesPresent.forEach(function (t) { boxes[t].checked = true; });
    state.types = new Set(typesPresent);
    state.lo = state.hi = null;
    if (dates.length) { since.value = "0"; until.value = String(dates.length - 1); }
    refresh();
    showPanel(null);
    network.fit({ animation: { duration: 300 } });
  }
  $("kg-reset").addEventListener("click", reset);

  if (DATA.subset_reason) { var banner = $("kg-banner"); banner.textContent = DATA.subset_reason; banner.hidden = false; }
  updateStats();
  updateRangeText();

  // ------------------------------------------------------------ test / console API
  api.network = network;
  api.nodes = nodes;
  api.edges = edges;
  api.totalNodeCount = function () { return N; };
  api.visibleNodeCount = function () { return nodesView.length; };
  api.visibleEdgeCount = function () { return edgesView.length; };
  api.renderedNodeCount = function () { return network.body.nodeIndices.length; };
  api.renderedEdgeCount = function () { return network.body.edgeIndices.length; };
  api.visibleTypes = function () {
    var c = {};
    nodesView.get().forEach(function (v) { var t = byId.get(v.id).type; c[t] = (c[t] || 0) + 1; });
    return c;
  };
  api.search = search;
  api.select = function (text) { var m = findMatches(text); if (!m.length) return null; selectNode(m[0].id, true); return m[0].iri; };
  api.highlighted = function () { return highlighted ? Array.from(highlighted).map(function (id) { return byId.get(id).iri; }) : []; };
  api.setTypeFilter = setTypeFilter;
  api.setDateRange = setDateRange;
  api.reset = reset;
  api.panelText = function () { return panel.textContent; };
  api.dates = function () { return dates.map(function (d) { return d.text; }); };
  api.physicsEnabled = function () { return network.physics.physicsEnabled; };
  window.kgMap = api;
})();
