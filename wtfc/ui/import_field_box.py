"""The box above each column of the import's grid: what the column holds, in this screen's
words (the command line keeps ``Field``'s names), with a tip where a choice needs one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from wtfc.importing.fields import PERSON_ATTRS
from wtfc.importing.mapping import Field
from wtfc.ui.wheel_needs_focus import wheel_needs_focus

_FIELDS_OFFERED = (Field.TEXT, Field.KIND, Field.PERSON, Field.TAG, *PERSON_ATTRS,
                   Field.WORKING, Field.NOT_WORKING, Field.FUTURE, Field.IGNORE)
# What each choice above a column says on this screen (the command line keeps Field's names)
FIELD_WORDS = {Field.TAG: "Extra detail (kept with the card)", Field.PERSON_ROLE: "Person's role"}
FIELD_TIPS = {Field.TAG: "Kept on each card as a tag (Collect's Tags column): a place, a team, "
              "an age group… to filter and count by",
              **{f: "Kept once for each person, on Collect → People, not on each card"
                 + (": older person, family carer or staff" if f == Field.PERSON_ROLE else "")
                 for f in PERSON_ATTRS}}


def column_box(heading: str, field: Field) -> QComboBox:
    """The box for the column headed ``heading`` (as shown), with ``field`` chosen."""
    box = wheel_needs_focus(QComboBox())  # the step scrolls: the wheel over it is the page's
    box.setAccessibleName(f"What column {heading} holds")
    box.setToolTip("Choose what this column holds")
    for offered in _FIELDS_OFFERED:
        box.addItem(FIELD_WORDS.get(offered, offered.label), offered.value)
        if offered in FIELD_TIPS:
            box.setItemData(box.count() - 1, FIELD_TIPS[offered], Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(box.findData(field.value))
    return box
