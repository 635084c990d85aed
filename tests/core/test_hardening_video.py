"""The video URL check parses the host instead of searching the whole address."""

import pytest

from osloregionen.core.video import embed_url

YOUTUBE = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/?youtube.com/watch?v=dQw4w9WgXcQ",
        "https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://evil.example/#youtu.be/dQw4w9WgXcQ",
        "https://evil.example/?vimeo.com/123456",
        "javascript://youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=short",
        "https://[::1",
    ],
)
def test_addresses_that_only_mention_a_video_service_are_refused(url):
    assert embed_url(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
    ],
)
def test_real_youtube_addresses_are_embedded(url):
    assert embed_url(url) == YOUTUBE


def test_real_vimeo_address_is_embedded():
    assert embed_url("https://vimeo.com/123456") == (
        "https://player.vimeo.com/video/123456?autoplay=1&dnt=1"
    )
