"""relate as a spaCy component."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

import relate
from relate import Score

TEXTS = [
    "Anyone else finding it hard to switch off after work? How do you do it?",
    "Our Q3 revenue hit a record $4.2M. Read the full report: https://acme.example/q3",
    "",
    "@lina That's a fair point, I hadn't thought about rural schools.",
] * 10


def test_add_pipe_works_without_importing_relate_first() -> None:
    code = (
        "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('relate'); "
        "doc = nlp('What do you think?'); print(type(doc._.relate).__name__, doc._.relate.dialog > 0.5)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["Score", "True"]


def test_doc_extension_matches_relate_score() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("relate")
    for text in TEXTS[:4]:
        doc = nlp(text)
        assert isinstance(doc._.relate, Score)
        assert doc._.relate == relate.score(text)


def test_works_after_other_components() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("relate")
    assert nlp(TEXTS[0])._.relate == relate.score(TEXTS[0])


def test_pipe_with_two_processes() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("relate")
    docs = list(nlp.pipe(TEXTS, n_process=2, batch_size=8))
    assert [d._.relate for d in docs] == [relate.score(t) for t in TEXTS]


def test_doc_survives_serialisation() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("relate")
    doc = nlp(TEXTS[1])
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.relate == doc._.relate


def test_extension_name_can_be_changed() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("relate", config={"attr": "relate_check"})
    doc = nlp(TEXTS[0])
    assert doc._.relate_check == relate.score(TEXTS[0])


def test_bad_model_path_is_a_clear_error(tmp_path: object) -> None:
    nlp = spacy.blank("en")
    with pytest.raises(relate.ModelError, match="missing"):
        nlp.add_pipe("relate", config={"model_path": "/nonexistent/model.json"})


@pytest.mark.parametrize(
    "text",
    [
        "𝐖𝐡𝐚𝐭 𝐝𝐨 𝐲𝐨𝐮 𝐭𝐡𝐢𝐧𝐤？",
        "\ufeffI can’t believe it… what’s yours?",
        "!" * 300 + " what do you think?",
        "I love this " * 2000,  # past MAX_CHARS
    ],
)
def test_component_reads_text_as_relate_score_does(text: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("relate")
    assert nlp(text)._.relate == relate.score(text)
