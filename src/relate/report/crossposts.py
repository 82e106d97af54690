"""Near-identical texts: the same post sent to several platforms, or posted again later."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from relate.corpus import NEAR_DUPLICATE

# Each platform shortens or rewrites links its own way, so links would make copies of one
# text look different; they are left out of the comparison.
_LINK = re.compile(r"https?://\S+|\bwww\.\S+", re.IGNORECASE)


def near_duplicate_labels(texts: Sequence[str], threshold: float = NEAR_DUPLICATE) -> np.ndarray:
    """A group number per text, shared by texts at least ``threshold`` similar (cosine of
    word 1-2 gram TF-IDF, as the corpus uses) directly or through a chain; -1 for a text
    like no other.

    Unlike :func:`relate.corpus.near_duplicate_groups` this never holds the full
    similarity matrix: the neighbour search goes in chunks and keeps only close pairs,
    so ten thousand posts take seconds and little memory.
    """
    labels = np.full(len(texts), -1, dtype=np.int64)
    cleaned = [_LINK.sub(" ", t) for t in texts]
    if len(texts) < 2:
        return labels
    from scipy.sparse.csgraph import connected_components
    from sklearn import config_context
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.neighbors import radius_neighbors_graph

    try:
        vectors = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit_transform(cleaned)
    except ValueError:  # no word in any text (only links or emoji)
        return labels
    # Small chunks of the distance matrix: faster here than sklearn's 1 GiB default, and
    # the report stays well within a laptop's memory.
    with config_context(working_memory=64):
        graph = radius_neighbors_graph(
            vectors, radius=1.0 - threshold, metric="cosine", mode="connectivity"
        )
    _, components = connected_components(graph, directed=False)
    sizes = np.bincount(components)
    grouped = sizes[components] > 1
    # Number the groups 0, 1, ... in order of their first text, so output is stable.
    order = {c: i for i, c in enumerate(dict.fromkeys(components[grouped].tolist()))}
    labels[grouped] = [order[c] for c in components[grouped].tolist()]
    return labels
