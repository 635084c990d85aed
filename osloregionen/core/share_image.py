"""Share images (og:image, 1200×630) drawn with Pillow from a page's title and the brand.

Served by ``views.share_image`` at ``/og/<page_id>.png?v=<version>``: drawn on the first
request, then kept in the cache framework (Redis in production, shared by every app server)
and sent with a year's ``Cache-Control``, so Varnish and LinkedIn/Facebook keep it too. The
version is the page's last publication time: a new title gives a new URL, so the long cache
never shows an old title. A view rather than a file written on publish: nothing to clean up
in the shared media storage, and pages published before this existed (the seed) get one too.
"""

import io
import math
from functools import cache

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.urls import reverse
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
# Part of every image URL: raise it when the drawing changes, so caches fetch the new look.
DESIGN = "1"
BLUE = (11, 79, 108)
SEA = (127, 214, 230)
WHITE = (255, 255, 255)
MARGIN = 80
FONT_FILES = {
    "latin": "build/fonts/inter-latin-wght-normal.woff2",
    "latin-ext": "build/fonts/inter-latin-ext-wght-normal.woff2",
}
# The mark of static/img/logo.svg (a 48-unit grid): Oslo, the members around it, the fjord.
MARK_DOTS = [
    (14.0, 36.5), (9.6, 30.9), (8.0, 24.0), (9.6, 17.1), (14.0, 11.5), (20.4, 8.4),
    (27.6, 8.4), (34.0, 11.5), (38.4, 17.1), (40.0, 24.0), (38.4, 30.9), (34.0, 36.5),
]  # fmt: skip


def _font_path(name: str) -> str:
    found = finders.find(name)
    return found if found else staticfiles_storage.path(name)


@cache
def _font(subset: str, size: int, weight: int) -> ImageFont.FreeTypeFont:
    font = ImageFont.truetype(_font_path(FONT_FILES[subset]), size)
    font.set_variation_by_axes([weight])
    return font


def _subset(char: str) -> str:
    # The Latin file covers Basic Latin, Latin-1 (æ, ø, å) and punctuation; the rest of
    # Latin (č, š, ŋ in Sámi names, ł, ő ...) is in the latin-ext file.
    return "latin-ext" if 0x100 <= ord(char) <= 0x2FF or 0x1E00 <= ord(char) <= 0x1EFF else "latin"


def _runs(text: str):
    """``text`` split into runs that one font file can draw."""
    run, subset = "", None
    for char in text:
        wanted = _subset(char) if not char.isspace() else (subset or "latin")
        if subset not in (None, wanted):
            yield run, subset
            run = ""
        run, subset = run + char, wanted
    if run:
        yield run, subset


def _text_width(text: str, size: int, weight: int) -> float:
    return sum(_font(s, size, weight).getlength(run) for run, s in _runs(text))


def _draw_text(draw, xy, text: str, size: int, weight: int, fill) -> None:
    x, y = xy
    for run, subset in _runs(text):
        font = _font(subset, size, weight)
        draw.text((x, y), run, font=font, fill=fill)
        x += font.getlength(run)


def _wrap(text: str, size: int, weight: int, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and _text_width(candidate, size, weight) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _fit_title(title: str, width: int) -> tuple[int, list[str]]:
    """The largest size (72 down to 44 px) at which the title fits in three lines; a title
    longer than that is cut with an ellipsis."""
    for size in (72, 64, 56, 50, 44):
        lines = _wrap(title, size, 700, width)
        if len(lines) <= 3:
            return size, lines
    lines = lines[:3]
    lines[-1] = lines[-1].rstrip(".,;: ") + " …"
    return size, lines


def _draw_mark(draw, left: int, top: int, unit: float) -> None:
    def box(cx, cy, r):
        return (
            left + (cx - r) * unit,
            top + (cy - r) * unit,
            left + (cx + r) * unit,
            top + (cy + r) * unit,
        )

    draw.rounded_rectangle((left, top, left + 48 * unit, top + 48 * unit), 10 * unit, fill=WHITE)
    for cx, cy in MARK_DOTS:
        draw.ellipse(box(cx, cy, 2.6), fill=BLUE)
    draw.ellipse(box(24, 24, 6), fill=BLUE)
    fjord = [(20.9, 48), (24, 31), (27.1, 48)]
    draw.polygon([(left + x * unit, top + y * unit) for x, y in fjord], fill=(29, 139, 163))


def _draw_pattern(draw) -> None:
    """Rings of dots to the right: the region around Oslo, as in the mark."""
    cx, cy = WIDTH - 40, HEIGHT + 20
    for ring, radius in enumerate(range(120, 760, 90)):
        shade = tuple(
            int(b + (s - b) * (0.22 - ring * 0.025)) for b, s in zip(BLUE, SEA, strict=True)
        )
        steps = 14 + ring * 8
        for i in range(steps):
            angle = math.pi + (math.pi / 2) * i / (steps - 1)
            x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
            draw.ellipse((x - 7, y - 7, x + 7, y + 7), fill=shade)


def render(title: str, section: str, site_name: str) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), BLUE)
    draw = ImageDraw.Draw(image)
    _draw_pattern(draw)
    draw.rectangle((0, HEIGHT - 16, WIDTH, HEIGHT), fill=SEA)

    _draw_mark(draw, MARGIN, MARGIN, 1.5)
    _draw_text(draw, (MARGIN + 92, MARGIN + 12), site_name, 40, 700, WHITE)

    size, lines = _fit_title(title, WIDTH - 2 * MARGIN)
    line_height = round(size * 1.18)
    top = HEIGHT - MARGIN - 16 - line_height * len(lines)
    if section:
        _draw_text(draw, (MARGIN, top - 52), section.upper(), 26, 600, SEA)
    for number, line in enumerate(lines):
        _draw_text(draw, (MARGIN, top + number * line_height), line, size, 700, WHITE)

    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def path(page) -> str:
    """The image's address, ``/og/<page_id>.png?v=<version>`` (a new version on each publication)."""
    return f"{reverse('share_image', args=[page.pk])}?v={version(page)}"


def version(page) -> str:
    """Changes whenever the page is published again (a new title gives a new image URL)."""
    published = page.last_published_at or page.first_published_at
    stamp = published.strftime("%Y%m%d%H%M%S") if published else "0"
    return f"{DESIGN}-{stamp}"
