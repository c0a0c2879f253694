"""Reading exported PDFs back, as a user's PDF reader would (pypdf)."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from pathlib import Path

from pypdf import PdfReader

from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop


def demo_workshop() -> Workshop:
    return load_workshop(demo_path()).workshop


def demo_report_pdf(today: dt.date, previous: bool = False) -> bytes:
    """The demo's report made on ``today`` (beside last time's workshop when ``previous``),
    made once a test process: a dozen modules read the very same report, and bytes cannot be
    changed by one of them. Only for a test that patches nothing the report reads."""
    return _demo_report(today, previous)  # one key however it is asked for


@functools.cache
def _demo_report(today: dt.date, previous: bool) -> bytes:
    from wtfc.export.report import report_pdf
    from wtfc.model.demo import demo_previous_path

    last = load_workshop(demo_previous_path()).workshop if previous else None
    return report_pdf(demo_workshop(), today=today, previous=last)


@functools.lru_cache(maxsize=16)
def page_texts(data: bytes) -> tuple[str, ...]:
    """Each page's ``extract_text()``, read once for the same bytes (reading a PDF back is
    slower than making it)."""
    return tuple(page.extract_text() for page in reader(data).pages)


def all_text_of(data: bytes) -> str:
    """``all_text`` of a PDF's bytes, read once for the same bytes."""
    return squash("".join(page_texts(data)))


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def squash(text: str) -> str:
    """Text without whitespace: lines wrap differently from the source text."""
    return re.sub(r"\s+", "", text)


def all_text(pdf: PdfReader) -> str:
    return squash("".join(page.extract_text() for page in pdf.pages))


def page_size_mm(pdf: PdfReader, index: int = 0) -> tuple[int, int]:
    box = pdf.pages[index].mediabox
    return round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)


def fonts(pdf: PdfReader) -> dict[str, bool]:
    """Every font used, by its name, with whether its glyphs are embedded in the file."""
    found: dict[str, bool] = {}
    for page in pdf.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def text_sizes(pdf: PdfReader, index: int) -> set[float]:
    """The sizes (points) of every piece of visible text on a page."""
    sizes: set[float] = set()

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.add(round(size * tm[0] * cm[0], 1))

    pdf.pages[index].extract_text(visitor_text=visit)
    return sizes


def outline_titles(pdf: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(pdf.outline)
    return titles


def render_png(pdf_path: Path, out_stem: Path, page: int = 1) -> Path:
    """Render one page with pdftoppm at 50 dpi (as the tests' eyes); returns the PNG."""
    import subprocess

    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf_path), str(out_stem)], check=True, timeout=60)
    return out_stem.with_suffix(".png")


def footer_words(pdf_path: Path, page: int, band: float = 60) -> list[tuple[float, float, str]]:
    """(left, right, word) of each word in the bottom ``band`` points of a page, as pdftotext
    places it; a word drawn past the page's right edge has ``right`` beyond its width."""
    import html
    import subprocess

    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf_path),
                          "-"], check=True, capture_output=True, text=True, timeout=60).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out).group(1))
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">'
                       r"(.*?)</word>", out)
    return sorted((float(x0), float(x1), html.unescape(w)) for x0, y0, x1, w in words
                  if float(y0) > height - band)


def page_width(pdf_path: Path, page: int = 0) -> float:
    return float(reader(pdf_path.read_bytes()).pages[page].mediabox.width)
