// Statements: the citation's address and date of access filled in, and a "Copy link" control.
// The page reads fully without this script: the citation then shows the statement's address
// relative to the site, and the control stays hidden.
document.querySelectorAll(".fs-statement").forEach((statement) => {
  const link = new URL("#" + statement.id, location.href).href;
  const address = statement.querySelector(".fs-address");
  if (address) address.textContent = link;
  const accessed = statement.querySelector(".fs-accessed");
  if (accessed) {
    accessed.textContent = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  }
  const button = statement.querySelector(".fs-copy");
  if (button && navigator.clipboard) {
    button.hidden = false;
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(link).then(() => { button.textContent = "Link copied"; });
    });
  }
});

// The map: pointing at a country, focusing it or tapping it once shows its position (the link's
// name) under the drawing, with a link to its page; a second tap, a click or Enter opens it.
// Without this script the name is the link's title and accessible name, and the table says it all.
document.querySelectorAll(".fs-map").forEach((figure) => {
  const panel = figure.querySelector(".fs-map-focus");
  if (!panel) return;
  let shown = null;
  const show = (link) => {
    shown = link;
    const said = link.getAttribute("aria-label");
    const open = document.createElement("a");
    open.href = link.getAttribute("href");
    open.textContent = "Open the page of " + said.split(":")[0];
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
