"""Turn a YouTube or Vimeo address into a privacy-friendly embed address."""

import re

_YOUTUBE = re.compile(r"(?:youtube\.com/(?:watch\?v=|embed/|shorts/)|youtu\.be/)([\w-]{11})")
_VIMEO = re.compile(r"vimeo\.com/(?:video/)?(\d+)")


def embed_url(url: str) -> str | None:
    if match := _YOUTUBE.search(url):
        return f"https://www.youtube-nocookie.com/embed/{match.group(1)}?autoplay=1"
    if match := _VIMEO.search(url):
        return f"https://player.vimeo.com/video/{match.group(1)}?autoplay=1&dnt=1"
    return None
