"""Operations: small keyword-only functions, grouped by noun, that build undoable commands.

Each returns an ``Edit`` (see ``wtfc.model.commands``) for the UI to push; none changes the
document itself. An impossible edit raises ``EditRefused`` with a plain-English reason.
"""
