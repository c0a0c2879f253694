"""A card's or theme's kind as every export writes it, and Edit → Copy with them: "Working",
"Not working", "Important for the future" (the screen's short "Future" read alone in a
spreadsheet cell says too little). One source, the model's own kind words (``workshop``), and no
Qt or reportlab, so the boards' Copy uses the export's word without loading the PDF maker
(review R3 R3): an Excel filter on the exported column then finds pasted rows too."""

from __future__ import annotations

from wtfc.model.workshop import Kind


def kind_words(kind: Kind) -> str:
    # the short label, but a blue card's in full: "Future" alone is not a kind a reader knows
    return kind.long_label if kind is Kind.FUTURE else kind.label
