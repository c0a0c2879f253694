"""Limits that keep a hostile or mistaken file from freezing the app or filling the memory.

A real collection is a few hundred statements; 100,000 rows still imports (a whole county's
reviews). The zip figures follow shared/research/ecosystem-reliability.md §B4: a normal .xlsx
compresses about 7-20 times.
"""

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000  # counted to the last filled row
MAX_ROWS_LOOKED_AT = 1_048_576  # Excel's own limit: blank-looking rows are read this far
MAX_COLUMNS = 200
# calamine holds an .xlsx sheet as one block from A1 to its last value cell, 32 bytes a cell,
# and the rows read are lists of them: 200 columns of 100,000 rows (20 M cells) peaked at
# 1.0 GB, 60,000 rows at 630 MB (measured). A stray "x" in XFD4001 alone is 66 M cells.
MAX_DENSE_CELLS = 20_000_000
# calamine reads every sheet of an .ods at once, each text cell a string of its own: 7 M cells
# peaked at 950 MB (130 columns of 53,846 rows, read as Import reads them; measured), and one
# sheet of 19.5 M at 2.6 GB. Counted over all the sheets together.
MAX_ODS_CELLS = 7_000_000
SHEET_LAST_COLUMN = 16_384  # XFD: a cell beyond it, or below row 1,048,576, is no sheet's
SHEET_LAST_ROW = 1_048_576
MAX_CARD_TEXT = 2000  # the model's limit for a card's words

MAX_ZIP_MEMBERS = 1000
MAX_UNPACKED_BYTES = 600 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_FROM_BYTES = 1024 * 1024  # tiny parts may compress well without harm
