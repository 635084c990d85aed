"""Geometry for server-rendered horizontal bar charts (SVG), so no chart library runs in the browser.

The template draws the shapes; this module decides where they go. Labels are wrapped onto lines
because SVG text does not wrap, and the chart is narrow so that it stays legible on a phone.
"""

import textwrap
from dataclasses import dataclass, field

from django.utils.formats import number_format

CHART_WIDTH = 360
BAR_AREA_WIDTH = 300  # leaves room for the value after a 100 % bar
LABEL_LINE_CHARS = 34  # room for WCAG 1.4.12 letter spacing (0.12 em) inside the chart
LINE_HEIGHT = 18
BAR_HEIGHT = 20
GAP_AFTER_LABEL = 4
GAP_BETWEEN_ROWS = 14
TOP_PADDING = 4


def percent_label(value: int | float) -> str:
    """«88 %» with a non-breaking space, as Norwegian writes it."""
    return f"{number_format(value)}\u00a0%"


@dataclass
class Bar:
    label: str
    percent: int
    label_lines: list[str]
    label_y: int
    bar_y: int
    bar_width: float
    value_x: float
    value_y: int

    @property
    def value_label(self) -> str:
        return percent_label(self.percent)


@dataclass
class BarChart:
    html_id: str
    title: str
    description: str
    bars: list[Bar] = field(default_factory=list)
    width: int = CHART_WIDTH
    bar_height: int = BAR_HEIGHT
    bar_area_width: int = BAR_AREA_WIDTH
    line_height: int = LINE_HEIGHT
    height: int = 0


def horizontal_bar_chart(html_id: str, title: str, rows: list[tuple[str, int]]) -> BarChart:
    """A chart of ``(label, percent)`` rows, one bar per row, on a 0–100 % scale.

    ``html_id`` prefixes the ids the SVG's ``aria-labelledby`` points at; it must be unique on the page.
    """
    bars = []
    y = TOP_PADDING
    for label, percent in rows:
        lines = textwrap.wrap(label, LABEL_LINE_CHARS) or [""]
        label_y = y + LINE_HEIGHT - 4  # text baseline of the first line
        bar_y = y + len(lines) * LINE_HEIGHT + GAP_AFTER_LABEL
        bar_width = round(BAR_AREA_WIDTH * max(0, min(percent, 100)) / 100, 1)
        bars.append(
            Bar(
                label=label,
                percent=percent,
                label_lines=lines,
                label_y=label_y,
                bar_y=bar_y,
                bar_width=bar_width,
                value_x=bar_width + 6,
                value_y=bar_y + BAR_HEIGHT - 5,
            )
        )
        y = bar_y + BAR_HEIGHT + GAP_BETWEEN_ROWS
    description = "; ".join(f"{bar.label}: {bar.value_label}" for bar in bars)
    return BarChart(html_id=html_id, title=title, description=description, bars=bars, height=y)
