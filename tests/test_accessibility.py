"""axe-core (npm, installed into .tools by `make test`) on every page kind, in both colour
schemes, in each edition, in Chromium: no serious or critical violation. A problem that comes from the theme is
fixed by an override (docs/stylesheets, docs/javascripts), never by an exemption here."""

from __future__ import annotations

import pytest
from conftest import ROOT

pytestmark = pytest.mark.browser

AXE = ROOT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
KINDS = ["", "countries/", "countries/us/", "actors/", "actors/sam-reed/", "topics/", "topics/membership/", "map/",
         "timeline/", "sources/", "about/", "corrections/"]
PAGES = [*KINDS, *(f"uk/{path}" for path in KINDS)]
"""Every page kind, in each edition (the Ukrainian in uk/)."""



@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_accessibility_violation(browser, editions_server, path, scheme):
    assert AXE.is_file(), "axe-core is not installed: run make test (it installs it into .tools)"
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{editions_server}/{path}")
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ["violations"]});
        return result.violations.filter(v => ["serious", "critical"].includes(v.impact))
            .map(v => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].target.join(" ")}`);
    }""")
    context.close()
    assert found == []
