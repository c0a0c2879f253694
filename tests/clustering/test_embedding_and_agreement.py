"""The shipped table loads with numpy alone; the agreement scores match known values."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from tests.child_env import child_env
from wtfc.clustering.agreement import adjusted_mutual_information, adjusted_rand_index
from wtfc.clustering.tokens import word_pieces, words


def test_table_loads_and_embeds_without_torch():
    # a fresh interpreter in which importing torch or transformers fails outright
    code = (
        "import sys; sys.modules['torch'] = None; sys.modules['transformers'] = None\n"
        "from wtfc.clustering.static_embedding import StaticEmbedder\n"
        "v = StaticEmbedder().embed(['The carer was late.'])\n"
        "assert v.shape[0] == 1 and abs((v ** 2).sum() - 1) < 1e-4\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=child_env())


def test_related_statements_are_closer_than_unrelated_ones(embedder):
    a, b, c = embedder.embed(
        [
            "I waited weeks for an appointment.",
            "The wait for a visit was too long.",
            "Lunch was tasty.",
        ]
    )
    assert a @ b > a @ c


def test_statement_with_no_known_word_is_the_zero_vector(embedder):
    assert not embedder.embed(["?!", ""]).any()


def test_unknown_words_fall_back_to_word_pieces():
    vocabulary = {"physio", "##therapist", "therapist"}
    assert word_pieces("physiotherapist", vocabulary) == ["physio", "##therapist"]
    assert word_pieces("zzz", vocabulary) == []
    assert words("Café’s   GREAT, wasn’t it?") == ["cafe's", "great", "wasn't", "it"]


def test_agreement_scores_known_values():
    truth = [0, 0, 0, 1, 1, 1]
    assert adjusted_rand_index(truth, [5, 5, 5, 7, 7, 7]) == pytest.approx(1.0)
    assert adjusted_mutual_information(truth, [5, 5, 5, 7, 7, 7]) == pytest.approx(1.0)
    # values from scikit-learn 1.9 for the same labelings
    assert adjusted_rand_index(truth, [0, 0, 1, 1, 2, 2]) == pytest.approx(0.24242424, abs=1e-6)
    assert adjusted_mutual_information(truth, [0, 0, 1, 1, 2, 2]) == pytest.approx(
        0.29879245, abs=1e-6
    )
    rng = np.random.default_rng(0)
    noise = rng.integers(0, 4, 400)
    assert abs(adjusted_rand_index(rng.integers(0, 4, 400), noise)) < 0.02


def test_purity_counts_only_grouped_cards_by_their_groups_commonest_label():
    from wtfc.clustering.agreement import purity

    truth = ["a", "a", "b", "b", "c"]
    assert purity(truth, [[0, 1], [2, 3]]) == 1.0  # card 4 in no group: not counted
    assert purity(truth, [[0, 1, 2], [3, 4]]) == 3 / 5
    assert purity(truth, []) == 1.0
