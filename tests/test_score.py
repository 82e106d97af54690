"""The public scoring contract: names, ranges, evidence, suggestions, order."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pandas as pd
import pytest

import relate
from relate import DIMENSIONS, Evidence, Score

PITCH = "Just launched my new course! Link in bio. #growth"
QUESTION = "Parents of teens: how do you handle phones at dinner? I'd really love to hear what works for you."
BRAND = "Acme Corp is pleased to announce a strategic partnership with Globex. Learn more: https://acme.example/news"
VULNERABLE = (
    "I cried in the car after my dad's diagnosis today. I honestly don't know how to do this."
)
SUPPORT = "You're not alone in this. It does get easier, I promise. Be kind to yourself this week."


def test_score_has_the_contract_fields() -> None:
    s = relate.score(PITCH)
    assert isinstance(s, Score)
    for name in (*DIMENSIONS, "overall"):
        assert isinstance(getattr(s, name), float)
    assert all(0.0 <= getattr(s, d) <= 1.0 for d in DIMENSIONS)
    assert 0.0 <= s.overall <= 100.0
    assert isinstance(s.evidence, tuple) and all(isinstance(e, Evidence) for e in s.evidence)
    assert isinstance(s.suggestions, tuple) and s.suggestions
    assert s.language == "en" and s.warnings == ()


def test_scores_mean_what_they_claim() -> None:
    pitch, question, brand = relate.score(PITCH), relate.score(QUESTION), relate.score(BRAND)
    vulnerable, support = relate.score(VULNERABLE), relate.score(SUPPORT)
    assert pitch.promotional > 0.5 > question.promotional
    assert brand.promotional > vulnerable.promotional
    assert question.dialog > 0.5 > brand.dialog
    assert vulnerable.personal_voice > 0.5 > brand.personal_voice
    assert vulnerable.self_focus > support.self_focus
    assert pitch.self_focus > question.self_focus
    assert question.overall > pitch.overall and vulnerable.overall > brand.overall


def test_overall_is_the_documented_formula() -> None:
    s = relate.score(QUESTION)
    expected = 100 * ((1 - s.self_focus) + s.personal_voice + s.dialog + (1 - s.promotional)) / 4
    assert s.overall == pytest.approx(expected, abs=0.06)


def test_evidence_spans_are_slices_of_the_input() -> None:
    for text in (PITCH, QUESTION, BRAND, VULNERABLE, "@kim thanks!! 🙏 https://x.example/a #yay"):
        s = relate.score(text)
        assert s.evidence
        for e in s.evidence:
            assert e.dimension in DIMENSIONS
            assert text[e.start : e.end] == e.text
            assert e.weight != 0


def test_evidence_explains_the_score() -> None:
    s = relate.score(PITCH)
    promo = {e.text.lower() for e in s.evidence_for("promotional") if e.weight > 0}
    assert {"link in bio", "launched"} & promo
    q = relate.score(QUESTION)
    assert any(e.text == "?" and e.weight > 0 for e in q.evidence_for("dialog"))


def test_generic_you_is_not_an_invitation() -> None:
    generic = relate.score("You never know what tomorrow brings.")
    addressed = relate.score("What do you think tomorrow brings?")
    assert addressed.dialog > generic.dialog


def test_reply_counts_as_dialog() -> None:
    reply = relate.score("@sam_k thanks, that fixed it!")
    broadcast = relate.score("That fixed it.")
    assert reply.dialog > broadcast.dialog
    assert any(e.feature == "reply" for e in reply.evidence_for("dialog"))


def test_suggestions_follow_the_scores() -> None:
    tips = " ".join(relate.score(PITCH).suggestions)
    assert "question" in tips and "about you" in tips
    assert "growth" in tips  # the example question is built from the post's own topic
    good = relate.score(QUESTION)
    assert not any("Nobody is invited" in t for t in good.suggestions)


def test_same_input_same_output() -> None:
    assert relate.score(VULNERABLE) == relate.score(VULNERABLE)
    assert relate.Scorer().score(VULNERABLE) == relate.score(VULNERABLE)


def test_score_round_trips_through_json() -> None:
    s = relate.score(PITCH)
    assert Score.from_dict(json.loads(json.dumps(s.to_dict()))) == s


def test_score_pickles_as_plain_data_with_its_explanation() -> None:
    s = relate.score(PITCH)
    copy = pickle.loads(pickle.dumps(s))
    assert copy == s and copy.evidence == s.evidence and copy.suggestions == s.suggestions


def test_score_is_immutable() -> None:
    s = relate.score(PITCH)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.dialog = 1.0  # type: ignore[misc]


def test_repr_is_short_and_readable() -> None:
    text = repr(relate.score("x " * 500))
    assert text.startswith("Score(overall=") and len(text) < 250 and "\n" not in text


def test_score_many_keeps_order_and_count() -> None:
    texts = [PITCH, "", QUESTION, "🔥🔥", BRAND] * 7
    scores = list(relate.score_many(texts, batch_size=4))
    assert len(scores) == len(texts)
    assert [s.text for s in scores] == texts
    assert scores[2] == relate.score(QUESTION)


@pytest.mark.parametrize("explain", [True, False])
def test_score_many_with_two_processes_equals_one(explain: bool) -> None:
    # explain=False: workers send numbers only; evidence is worked out again on access.
    texts = [f"{t} #{i}" for i in range(60) for t in (PITCH, QUESTION)]
    one = list(relate.score_many(texts, batch_size=16))
    two = list(relate.score_many(texts, batch_size=16, n_process=2, explain=explain))
    assert one == two


def test_batches_taken_back_from_a_busy_worker_keep_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # When the input runs out, the calling process scores the batches no worker has
    # started. A long queue makes that certain: most batches are still queued by then.
    from relate import parallel

    stolen = []
    steal = parallel._Workers.steal

    def counted(self: parallel._Workers) -> object:
        task = steal(self)
        stolen.append(task is not None)
        return task

    monkeypatch.setattr(parallel, "_QUEUED_PER_WORKER", 50)
    monkeypatch.setattr(parallel._Workers, "steal", counted)
    texts = [f"{t} #{i}" for i in range(40) for t in (PITCH, QUESTION)]
    two = list(relate.score_many(texts, batch_size=1, n_process=2))
    assert any(stolen)
    assert two == list(relate.score_many(texts, batch_size=1))


@pytest.mark.parametrize("bad", [{"batch_size": 0}, {"n_process": 0}])
def test_score_many_rejects_bad_arguments(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError, match=next(iter(bad))):
        list(relate.score_many(["hi"], **bad))


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((["hi"],), {"batch_size": 0}),
        ((["hi"],), {"n_process": 1.5}),
        ((None,), {}),
        ((42,), {}),
    ],
)
def test_score_many_checks_its_arguments_at_the_call(
    args: tuple[object], error: dict[str, object]
) -> None:
    # Not at the first next(): a bad call fails where it is written.
    with pytest.raises((TypeError, ValueError)):
        relate.score_many(*args, **error)  # type: ignore[arg-type]


def test_score_many_rejects_a_single_string() -> None:
    with pytest.raises(TypeError, match="single str"):
        list(relate.score_many("hello"))


def test_score_frame_adds_columns_and_keeps_rows() -> None:
    df = pd.DataFrame({"id": [1, 2, 3, 4], "body": [PITCH, None, QUESTION, float("nan")]})
    out = relate.score_frame(df, text="body")
    assert list(out.columns) == ["id", "body", *DIMENSIONS, "overall"]
    assert len(out) == 4 and out["id"].tolist() == [1, 2, 3, 4]
    assert out.loc[0, "promotional"] == relate.score(PITCH).promotional
    assert out[list(DIMENSIONS)].iloc[[1, 3]].isna().all().all()
    assert "self_focus" not in df.columns  # a copy, not the caller's frame


def test_score_frame_names_a_missing_column() -> None:
    with pytest.raises(KeyError, match="'text'"):
        relate.score_frame(pd.DataFrame({"body": ["hi"]}))


def test_long_runs_renew_a_grown_pipeline_and_score_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(relate.Scorer, "STRINGS_LIMIT", 10)
    scorer = relate.Scorer()
    fresh = len(scorer.nlp.vocab.strings)
    texts = [f"I tried gizmo{i} with @friend{i}, what do you think?" for i in range(40)]
    scores = list(scorer.score_many(texts, batch_size=2))
    # Without renewal: at least two new strings per text, 80 or more.
    assert len(scorer.nlp.vocab.strings) - fresh <= 10 + 2 * 4
    assert scores == [relate.score(t) for t in texts]
    assert [s.evidence for s in scores] == [relate.score(t).evidence for t in texts]


def test_a_pipeline_passed_in_keeps_its_strings() -> None:
    import spacy

    nlp = spacy.blank("en")
    scorer = relate.Scorer(nlp=nlp)
    list(scorer.score_many([f"word{i} here" for i in range(30)]))
    assert "word29" in nlp.vocab.strings


def test_one_scorer_shared_by_threads_while_it_renews(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    monkeypatch.setattr(relate.Scorer, "STRINGS_LIMIT", 30)  # renews every few batches
    scorer = relate.Scorer()
    texts = [[f"gadget{t}x{i} for @pal{t}x{i}, thoughts?" for i in range(120)] for t in range(4)]
    results: dict[int, list[Score]] = {}
    errors: list[BaseException] = []

    def work(t: int) -> None:
        try:
            results[t] = [
                s for i in range(0, 120, 3) for s in scorer.score_batch(texts[t][i : i + 3])
            ]
        except BaseException as error:  # pragma: no cover - the failure being guarded
            errors.append(error)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert all(results[t] == [relate.score(x) for x in texts[t]] for t in range(4))


def test_a_half_read_score_many_leaves_the_collector_alone() -> None:
    import gc

    stream = relate.score_many([PITCH, QUESTION] * 600, batch_size=8)
    next(stream)
    assert gc.get_freeze_count() == 0  # nothing held uncollectable between yields
    stream.close()


def test_score_many_takes_numpy_ints_and_any_iterable() -> None:
    import numpy as np

    class Posts:  # iterable through __getitem__ only, as iter() allows
        def __getitem__(self, i: int) -> str:
            if i >= 3:
                raise IndexError(i)
            return QUESTION

    assert len(list(relate.score_many(Posts(), batch_size=np.int64(2)))) == 3  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        relate.score_many([PITCH], batch_size="2")  # type: ignore[arg-type]


def test_compare_stays_the_function_after_its_module_is_imported() -> None:
    import importlib

    importlib.import_module("relate.comparison")
    assert relate.Comparison is not None
    assert callable(relate.compare)
    assert "Scorer" in dir(relate)
