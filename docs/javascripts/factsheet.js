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
