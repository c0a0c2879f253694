"""The one error the importing layer raises: its message is plain English, fit to show as is."""

# What a refused file should have been: every kind the import's file picker offers and reads
# (.xlsx, .xls and .ods workbooks; .csv, and .tsv or .txt read as one), not "an .xlsx or .csv"
CHOOSE_INSTEAD = "a spreadsheet (.xlsx, .ods or .xls) or a .csv file"


class ImportFailed(Exception):
    """Nothing could be read or imported; the message says why and what to do."""
