"""What a PDF tells about its accessibility: tagged, titled, a language, text that can be read out.

These are the machine-checkable parts of PDF/UA that an editor can fix at the source (export from Word with
«Dokumentstruktur-koder for tilgjengelighet», set the title and the language). They are no full audit: a
tagged PDF can still have a wrong reading order.
"""

from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.errors import PdfReadError

MAX_INDEXED_CHARACTERS = 200_000


@dataclass(frozen=True)
class PdfFacts:
    readable: bool
    page_count: int | None = None
    tagged: bool = False
    title: str = ""
    language: str = ""
    text: str = field(default="", repr=False)

    @property
    def has_text(self) -> bool:
        return bool(self.text.strip())

    @property
    def passes(self) -> bool:
        return (
            self.readable
            and self.tagged
            and bool(self.title)
            and bool(self.language)
            and self.has_text
        )


def _is_tagged(catalog) -> bool:
    mark_info = catalog.get("/MarkInfo")
    marked = bool(mark_info and mark_info.get_object().get("/Marked"))
    return marked and "/StructTreeRoot" in catalog


def read_pdf(fileobj) -> PdfFacts:
    """Read the facts from an open PDF file; a file pypdf cannot parse is reported as unreadable."""
    try:
        reader = PdfReader(fileobj)
        if reader.is_encrypted:
            return PdfFacts(readable=False, page_count=len(reader.pages))
        catalog = reader.trailer["/Root"].get_object()
        metadata = reader.metadata
        text_parts, length = [], 0
        for page in reader.pages:
            if length >= MAX_INDEXED_CHARACTERS:
                break
            part = page.extract_text() or ""
            text_parts.append(part)
            length += len(part)
        return PdfFacts(
            readable=True,
            page_count=len(reader.pages),
            tagged=_is_tagged(catalog),
            title=str((metadata.title if metadata else None) or "").strip(),
            language=str(catalog.get("/Lang") or "").strip(),
            text="\n".join(text_parts)[:MAX_INDEXED_CHARACTERS],
        )
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        return PdfFacts(readable=False)
