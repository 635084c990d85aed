"""Small PDFs made on the fly: one tagged (title, language, structure tree), one plain, one scanned-like."""

import io

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)


def _text_stream(writer: PdfWriter, lines: list[str]):
    commands = ["BT", "/F1 12 Tf", "72 760 Td", "14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        commands.append(f"({escaped}) Tj T*")
    commands.append("ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(commands).encode("latin-1"))
    return writer._add_object(stream)


def make_pdf(
    *, pages: int = 1, text: str = "", tagged: bool = False, title: str = "", lang: str = ""
) -> bytes:
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for _ in range(pages):
        page = writer.add_blank_page(width=595, height=842)
        if text:
            page[NameObject("/Resources")] = DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
            )
            page[NameObject("/Contents")] = _text_stream(writer, text.splitlines())
    catalog = writer._root_object
    if tagged:
        catalog[NameObject("/MarkInfo")] = DictionaryObject(
            {NameObject("/Marked"): BooleanObject(True)}
        )
        catalog[NameObject("/StructTreeRoot")] = writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/StructTreeRoot"),
                    NameObject("/K"): ArrayObject(),
                }
            )
        )
    if lang:
        catalog[NameObject("/Lang")] = TextStringObject(lang)
    if title:
        writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def tagged_pdf(
    text: str = "Handlingsplan for energistasjoner i Osloregionen", pages: int = 12
) -> bytes:
    return make_pdf(pages=pages, text=text, tagged=True, title="Handlingsplan 2025", lang="nb-NO")


def untagged_pdf(text: str = "Protokoll fra styremøtet") -> bytes:
    return make_pdf(pages=2, text=text)
