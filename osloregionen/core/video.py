"""Turn a YouTube or Vimeo address into a privacy-friendly embed address.

The host is parsed, never searched for: ``https://evil.example/?youtube.com/watch?v=…`` names
youtube.com only in its query and is refused.
"""

import re
from urllib.parse import parse_qs, urlsplit

_VIDEO_ID = re.compile(r"[\w-]{11}")
_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "www.youtube-nocookie.com"}
_YOUTUBE_PATH = re.compile(r"/(?:embed|shorts|live)/([\w-]{11})/?")
_VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
_VIMEO_PATH = re.compile(r"/(?:video/)?(\d+)/?")


def _youtube_id(host: str, path: str, query: str) -> str | None:
    if host == "youtu.be":
        candidate = path.strip("/")
        return candidate if _VIDEO_ID.fullmatch(candidate) else None
    if host not in _YOUTUBE_HOSTS:
        return None
    if path.rstrip("/") == "/watch":
        candidate = parse_qs(query).get("v", [""])[0]
        return candidate if _VIDEO_ID.fullmatch(candidate) else None
    match = _YOUTUBE_PATH.fullmatch(path)
    return match.group(1) if match else None


def embed_url(url: str) -> str | None:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme not in {"http", "https"}:
        return None
    if video_id := _youtube_id(host, parts.path, parts.query):
        return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
    if host in _VIMEO_HOSTS and (match := _VIMEO_PATH.fullmatch(parts.path)):
        return f"https://player.vimeo.com/video/{match.group(1)}?autoplay=1&dnt=1"
    return None
