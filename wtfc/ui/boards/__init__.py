"""The afternoon boards: Prioritise, Understand (why-trees), Identify success, Plan and Review.

Each board is a QWidget ``(doc, undo, parent=None)`` for the main window's stage pages; each has
a read-only room view registered in ``views.py``.
"""
