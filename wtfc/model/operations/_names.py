"""Short, quoted names for command labels ("Move 3 cards to 'I feel like a package'")."""


def quoted(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


def cards_phrase(count: int) -> str:
    return "1 card" if count == 1 else f"{count} cards"
