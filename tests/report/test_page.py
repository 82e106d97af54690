"""The page a person opens: self-contained, escaped, and every chart drawn in Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from relate.report import build
from relate.report.charts import GREY, REPLY_BLUE
from relate.views.terminal import COLOURS

from ..browser import dump_dom, has_colour, screenshot
from .account import frame

#: Colours each chart must show when drawn (from its own data, not the page around it).
CHART_COLOURS = {
    "verdict": [COLOURS["self_focus"]],
    "conversation": [COLOURS["dialog"], REPLY_BLUE, GREY],
    "monthly": list(COLOURS.values()),
    "distribution": [COLOURS["self_focus"], "#4dabf7"],
    "platforms": [REPLY_BLUE, COLOURS["dialog"], COLOURS["self_focus"]],
}

# Added to a copy of the page only: records where each chart landed and whether its image
# decoded, so the screenshot can be checked chart by chart.
MEASURE = """<script>
addEventListener("load", () => {
  const charts = [...document.querySelectorAll("img.chart")].map((img) => {
    const r = img.getBoundingClientRect();
    return {name: img.dataset.chart, natural: img.naturalWidth, complete: img.complete,
            x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height};
  });
  const out = document.createElement("pre");
  out.id = "measured";
  out.textContent = JSON.stringify({charts, width: innerWidth,
                                    height: document.documentElement.scrollHeight});
  document.body.append(out);
});
</script>"""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    build(frame(), out, title="An invented account")
    return out


def test_page_is_self_contained_and_escaped(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    # Nothing is fetched: no remote source, stylesheet or import; links to posts are fine.
    assert not re.search(r"""(src|srcset)=["']?(https?:)?//""", html)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", html)
    assert "<script" not in html and "Content-Security-Policy" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count('<img class="chart"') == len(CHART_COLOURS)


def test_page_loads_without_errors(page: Path) -> None:
    dom, log = dump_dom(page)
    assert "Meformer" in dom and "Copied posts" in dom
    # Chromium logs console messages, blocked requests among them, as CONSOLE lines.
    console = [line for line in log.splitlines() if ":CONSOLE" in line]
    assert not console, console


def _measure(page: Path, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    html = page.read_text(encoding="utf-8")
    html = html.replace("default-src 'none';", "default-src 'none'; script-src 'unsafe-inline';")
    measured = tmp_path / "measured.html"
    measured.write_text(html.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    dom, _ = dump_dom(measured)
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.S)
    assert found, "the page's load event never came"
    return measured, json.loads(found.group(1).replace("&quot;", '"'))


def test_every_chart_is_drawn(page: Path, tmp_path: Path) -> None:
    measured, layout = _measure(page, tmp_path)
    charts = {c["name"]: c for c in layout["charts"]}
    assert set(charts) == set(CHART_COLOURS)
    for name, chart in charts.items():
        assert chart["complete"] and chart["natural"] > 0, f"{name}: the image did not decode"
        assert chart["w"] > 300 and chart["h"] > 100, f"{name}: drawn at {chart['w']}x{chart['h']}"
    png = screenshot(measured, tmp_path / "page.png", layout["width"], layout["height"])
    with Image.open(png) as full:
        for name, chart in charts.items():
            box = (chart["x"], chart["y"], chart["x"] + chart["w"], chart["y"] + chart["h"])
            crop = tmp_path / f"{name}.png"
            full.crop(tuple(round(v) for v in box)).save(crop)
            for colour in CHART_COLOURS[name]:
                assert has_colour(crop, colour, tolerance=12), f"{name}: no {colour} drawn"
