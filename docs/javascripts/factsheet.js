// The edition's words (theme partial fs-words, from the catalogue: generator/site/themewords.py):
// `say("table.showing", {shown: 2, total: 4})`; a word missing falls back to its key.
const factsheetWords = (() => {
  try {
    return JSON.parse(document.getElementById("fs-words").textContent);
  } catch (error) {
    return {};
  }
})();
const say = (key, values = {}) => (factsheetWords[key] || key).replace(/%\((\w+)\)s/g, (_, name) => String(values[name]));

// Statements: the citation's address and date of access filled in, and a "Copy link" control.
// The page reads fully without this script: the citation then shows the statement's address
// relative to the site, and the control stays hidden.
document.querySelectorAll(".fs-statement").forEach((statement) => {
  const link = new URL("#" + statement.id, location.href).href;
  const address = statement.querySelector(".fs-address");
  if (address) address.textContent = link;
  const accessed = statement.querySelector(".fs-accessed");
  if (accessed) {
    const locale = document.documentElement.lang === "uk" ? "uk-UA" : "en-GB";
    // Without "р." (рік), which Ukrainian dates end with: the citation's own full stop follows.
    const parts = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" }).formatToParts(new Date());
    accessed.textContent = parts.filter((p) => p.type !== "literal" || p.value.trim() !== "р.").map((p) => p.value).join("").trim();
  }
  const button = statement.querySelector(".fs-copy");
  if (button && navigator.clipboard) {
    button.hidden = false;
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(link).then(() => { button.textContent = say("copied"); });
    });
  }
});

// The map: pointing at a country, focusing it or tapping it once shows its position (the link's
// name) under the drawing, with a link to its page; a second tap, a click or Enter opens it.
// Without this script the name is the link's accessible name, and the table says it all.
document.querySelectorAll(".fs-map").forEach((figure) => {
  const panel = figure.querySelector(".fs-map-focus");
  if (!panel) return;
  let shown = null;
  const show = (link) => {
    shown = link;
    const said = link.getAttribute("aria-label");
    const open = document.createElement("a");
    open.href = link.getAttribute("href");
    open.textContent = say("open", { name: said.split(":")[0] });
    panel.replaceChildren(said + ". ", open);
    panel.hidden = false;
  };
  let firstTap = false;  // a touch on a country not shown before it (focus comes before the click)
  figure.querySelectorAll("svg a[aria-label]").forEach((link) => {
    link.addEventListener("focus", () => show(link));
    link.addEventListener("mouseenter", () => show(link));
    link.addEventListener("pointerdown", (event) => { firstTap = event.pointerType === "touch" && shown !== link; });
    link.addEventListener("click", (event) => {
      if (firstTap) {
        firstTap = false;
        event.preventDefault();
        show(link);
      }
    });
  });
});

// The table at a glance (home): sorted by a column, and filtered to one topic and one stance,
// with counts. Without this script the table reads the same, unsorted and whole.
document.querySelectorAll(".fs-glance table").forEach((table) => {
  const RANKS = ["fs-for-1", "fs-for-2", "fs-for-3", "fs-neither", "fs-against-3", "fs-against-2", "fs-against-1"];
  const head = [...table.tHead.rows[0].cells];
  const topics = head.slice(1).map((th) => th.textContent.trim());
  const body = table.tBodies[0];
  const rows = [...body.rows];
  // A cell's latest stances (its chips before "Reported otherwise"), most favourable first.
  const stances = (cell) => {
    const found = [];
    for (const node of cell.children) {
      if (node.tagName === "EM" && node.textContent.startsWith(say("table.reported otherwise"))) break;
      if (node.classList.contains("fs-chip")) {
        const rank = RANKS.findIndex((name) => node.classList.contains(name));
        found.push({ label: node.textContent.trim(), rank: rank < 0 ? RANKS.length : rank });
      }
    }
    return found.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
  };
  const held = rows.map((row) => [...row.cells].slice(1).map(stances));
  // On a phone, a card per country, each cell naming its topic (factsheet.css, .fs-cards): the
  // names are set here rather than written into every cell, which at 200 countries would weigh
  // more than the rest of the table. Without this script the table stays a table.
  rows.forEach((row) => [...row.cells].slice(1).forEach((cell, i) => { cell.dataset.topic = topics[i]; }));
  table.closest(".fs-glance").classList.add("fs-cards");
  const name = (row) => row.cells[0].textContent.trim();

  const tools = document.createElement("div");
  tools.className = "fs-glance-tools";
  tools.setAttribute("role", "group");
  tools.setAttribute("aria-label", say("table.tools"));
  const topicChoice = document.createElement("select");
  const stanceChoice = document.createElement("select");
  const count = document.createElement("p");
  count.setAttribute("aria-live", "polite");
  const labelled = (text, control) => {
    const label = document.createElement("label");
    label.append(text, " ", control);
    return label;
  };
  topicChoice.append(new Option(say("table.all topics"), ""), ...topics.map((t, i) => new Option(t, String(i))));
  tools.append(labelled(say("table.show"), topicChoice), labelled(say("table.stance"), stanceChoice), count);
  table.closest(".fs-glance").before(tools);

  const fillStances = () => {
    const t = topicChoice.value === "" ? "" : Number(topicChoice.value);
    stanceChoice.replaceChildren(new Option(say("table.any stance"), ""));
    stanceChoice.disabled = t === "";
    if (t === "") return;
    const counted = new Map();
    held.forEach((cells) => cells[t].forEach((s) => {
      const seen = counted.get(s.label) || { ...s, n: 0 };
      seen.n += 1;
      counted.set(s.label, seen);
    }));
    [...counted.values()].sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label))
      .forEach((s) => stanceChoice.append(new Option(`${s.label} (${s.n})`, s.label)));
  };
  const filter = () => {
    const t = topicChoice.value === "" ? "" : Number(topicChoice.value);
    const stance = stanceChoice.value;
    head.slice(1).forEach((th, i) => { th.hidden = t !== "" && i !== t; });
    let shown = 0;
    rows.forEach((row, r) => {
      [...row.cells].slice(1).forEach((cell, i) => { cell.hidden = t !== "" && i !== t; });
      const cells = held[r];
      const keep = t === "" || (cells[t].length > 0 && (stance === "" || cells[t].some((s) => s.label === stance)));
      row.hidden = !keep;
      shown += keep ? 1 : 0;
    });
    count.textContent = say("table.showing", { shown, total: rows.length });
  };
  topicChoice.addEventListener("change", () => { fillStances(); filter(); });
  stanceChoice.addEventListener("change", filter);

  // Sorting: as the fact sheet lists the countries, by name, or by the stance on a topic, for
  // first or against first (none recorded last).
  const sortChoice = document.createElement("select");
  sortChoice.append(new Option(say("table.order.sheet"), ""), new Option(say("table.order.country"), "name"));
  topics.forEach((t, i) => {
    sortChoice.append(new Option(say("table.order.for", { topic: t }), `${i} 1`),
      new Option(say("table.order.against", { topic: t }), `${i} -1`));
  });
  tools.insertBefore(labelled(say("table.order"), sortChoice), count);
  const sort = () => {
    const by = sortChoice.value;
    const [column, direction] = by && by !== "name" ? by.split(" ").map(Number) : [null, 1];
    head.forEach((th, i) => {
      const sorted = column === null ? by === "name" && i === 0 : i === column + 1;
      if (sorted) th.setAttribute("aria-sort", direction > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    const byName = (a, b) => name(rows[a]).localeCompare(name(rows[b]));
    const order = rows.map((_, r) => r).sort((a, b) => {
      if (!by) return a - b;
      if (column === null) return byName(a, b);
      // Where the order of a country's latest stances is not known: for first by its most
      // favourable, against first by its least.
      const pick = (r) => (direction > 0 ? held[r][column][0] : held[r][column].at(-1));
      const [x, y] = [pick(a), pick(b)];
      if (!x || !y) return (!x - !y) || byName(a, b);
      return direction * (x.rank - y.rank || x.label.localeCompare(y.label)) || byName(a, b);
    });
    body.append(...order.map((r) => rows[r]));
  };
  sortChoice.addEventListener("change", sort);
  fillStances();
  filter();
});
