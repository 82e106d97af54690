"""The fixed inputs every measure runs on, built the same way on every run.

Posts are the labelled corpus's test split, read at run time and repeated to the length
a measure needs; everything else (the 280-character post, JSON Lines tables, synthetic X
and Mastodon archives) is generated from fixed seeds. Nothing here depends on the clock.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus.jsonl"
#: Generated files (large tables, archives, outputs); ignored by git.
WORK = ROOT / "benchmarks" / "work"

#: The post timed by the latency measure: 280 characters, the X limit, with the things
#: relate looks for (a mention, a question, a link, hashtags, emoji, a contraction).
POST_280 = (
    "@sam_ex thanks for the tips on the talk yesterday! I was nervous but it went fine, "
    "and I've got three new ideas for the next one. How do you keep your slides this "
    "simple? Our team wants to try it 🙌 Slides and notes: https://example.org/talks/2024 "
    "#python #speaking, see you there!"
)
assert len(POST_280) == 280, len(POST_280)


@dataclass(frozen=True)
class Corpus:
    """The test split: what the measures repeat, and how to tell two runs' inputs apart."""

    texts: tuple[str, ...]
    sha256: str

    def repeated(self, n: int, max_chars: int | None = None) -> list[str]:
        """The first ``n`` posts of the split repeated in file order (only posts of at most
        ``max_chars`` characters when given)."""
        pool = [t for t in self.texts if max_chars is None or len(t) <= max_chars]
        if not pool:
            raise ValueError(f"no test posts of at most {max_chars} characters in {CORPUS}")
        return list(islice(cycle(pool), n))

    def describe(self) -> dict[str, object]:
        lengths = sorted(len(t) for t in self.texts)
        return {
            "file": str(CORPUS.relative_to(ROOT)),
            "split": "test",
            "posts": len(self.texts),
            "mean_chars": round(sum(lengths) / len(lengths), 1),
            "median_chars": lengths[len(lengths) // 2],
            "sha256": self.sha256,
        }


def load_corpus() -> Corpus:
    """The corpus's test split as it is now (the corpus grows: read it at run time)."""
    if not CORPUS.exists():
        raise FileNotFoundError(f"no corpus at {CORPUS}; the benchmarks repeat its test split")
    texts: list[str] = []
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                if row.get("split") == "test" and isinstance(row.get("text"), str):
                    texts.append(row["text"])
    if not texts:
        raise ValueError(f"{CORPUS} has no posts with split 'test'")
    digest = hashlib.sha256("\n\0".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
    return Corpus(tuple(texts), digest)


def write_jsonl(corpus: Corpus, n: int, path: Path) -> Path:
    """A JSON Lines table of ``n`` posts (fields ``id`` and ``text``), for ``relate score``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for i, text in enumerate(islice(cycle(corpus.texts), n)):
            f.write(json.dumps({"id": f"p{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


_START = datetime(2024, 1, 1, tzinfo=UTC)
_HANDLES = ("sam_ex", "ana_ex", "lee_ex", "kim_ex", "jo_ex")
_TAGS = ("python", "coffee", "growth", "community", "launch")
_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def _tweet(i: int, text: str, rng: random.Random) -> dict[str, object]:
    """One ``{"tweet": {...}}`` item: every number a string, entities as X writes them."""
    tweet_id = str(1_750_000_000_000_000_000 + i)
    created = _START + timedelta(minutes=7 * i)
    handle = rng.choice(_HANDLES)
    tag = rng.choice(_TAGS)
    short = f"https://t.co/b{i:07d}"
    roll = rng.random()
    if roll < 0.1:
        full = f"RT @{handle}: {text[:100]}…"
    elif roll < 0.35:
        full = f"@{handle} {text}"
    else:
        full = text
    full = full.replace("&", "&amp;") + f" #{tag} {short}"
    tweet: dict[str, object] = {
        "id_str": tweet_id,
        "id": tweet_id,
        "created_at": created.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "full_text": full,
        "entities": {
            "hashtags": [{"text": tag, "indices": ["0", "0"]}],
            "user_mentions": [
                {
                    "screen_name": handle,
                    "name": handle.title(),
                    "id_str": "42",
                    "indices": ["0", "7"],
                }
            ],
            "urls": [
                {
                    "url": short,
                    "expanded_url": f"https://example.org/{tag}/{i}",
                    "display_url": f"example.org/{tag}/{i}",
                    "indices": ["0", "0"],
                }
            ],
        },
        "favorite_count": str(rng.randrange(50)),
        "retweet_count": str(rng.randrange(10)),
        "retweeted": False,
        "lang": "en",
    }
    if 0.1 <= roll < 0.35:
        tweet["in_reply_to_status_id_str"] = str(1_749_000_000_000_000_000 + i)
        tweet["in_reply_to_user_id_str"] = "42"
        tweet["in_reply_to_screen_name"] = handle
    return {"tweet": tweet}


def write_x_archive(corpus: Corpus, n: int, folder: Path) -> Path:
    """An unpacked X archive with ``n`` posts in ``data/tweets.js`` (and ``account.js``)."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "account.js").write_text(
        'window.YTD.account.part0 = [{"account": {"username": "bench_ex", "accountId": "7"}}]\n',
        encoding="utf-8",
    )
    rng = random.Random(7)
    with open(data / "tweets.js", "w", encoding="utf-8") as f:
        f.write("window.YTD.tweets.part0 = [ ")
        for i, text in enumerate(islice(cycle(corpus.texts), n)):
            if i:
                f.write(", ")
            f.write(json.dumps(_tweet(i, text, rng), ensure_ascii=False, indent=2))
        f.write(" ]")
    return folder


def _note_html(text: str, tag: str, rng: random.Random) -> str:
    """Mastodon's HTML: paragraphs, line breaks, a tag link and a link split in spans."""
    paragraphs = [p for p in text.replace("&", "&amp;").replace("<", "&lt;").split("\n\n") if p]
    body = "".join(f"<p>{p.replace(chr(10), '<br />')}</p>" for p in paragraphs) or "<p></p>"
    extra = (
        f'<p><a href="https://social.example/tags/{tag}" class="mention hashtag" rel="tag">'
        f"#<span>{tag}</span></a>"
    )
    if rng.random() < 0.3:
        extra += (
            ' <a href="https://example.org/a/long/path" rel="nofollow noopener" target="_blank">'
            '<span class="invisible">https://</span><span class="ellipsis">example.org/a/lo'
            '</span><span class="invisible">ng/path</span></a>'
        )
    return body + extra + "</p>"


def _activity(i: int, text: str, rng: random.Random) -> dict[str, object]:
    actor = "https://social.example/users/bench"
    published = (_START + timedelta(minutes=11 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
    if rng.random() < 0.1:
        return {
            "id": f"{actor}/statuses/{900_000 + i}/activity",
            "type": "Announce",
            "actor": actor,
            "published": published,
            "to": [_PUBLIC],
            "cc": [f"{actor}/followers"],
            "object": f"https://other.example/users/ana/statuses/{500_000 + i}",
        }
    roll = rng.random()
    to, cc = [_PUBLIC], [f"{actor}/followers"]  # public
    if roll < 0.15:
        to, cc = [f"{actor}/followers"], [_PUBLIC]  # unlisted
    elif roll < 0.22:
        to, cc = [f"{actor}/followers"], []  # followers only
    elif roll < 0.25:
        to, cc = ["https://other.example/users/ana"], []  # direct
    tag = rng.choice(_TAGS)
    status = f"{actor}/statuses/{100_000 + i}"
    reply = rng.random() < 0.25
    return {
        "id": f"{status}/activity",
        "type": "Create",
        "actor": actor,
        "published": published,
        "to": to,
        "cc": cc,
        "object": {
            "id": status,
            "type": "Note",
            "summary": "long post" if rng.random() < 0.05 else None,
            "inReplyTo": f"https://other.example/users/ana/statuses/{i}" if reply else None,
            "published": published,
            "url": f"https://social.example/@bench/{100_000 + i}",
            "attributedTo": actor,
            "to": to,
            "cc": cc,
            "sensitive": False,
            "content": _note_html(text, tag, rng),
            "contentMap": {"en": _note_html(text, tag, random.Random(i))},
            "attachment": [],
            "tag": [
                {"type": "Hashtag", "href": f"https://social.example/tags/{tag}", "name": f"#{tag}"}
            ],
        },
    }


def write_mastodon_archive(corpus: Corpus, n: int, folder: Path) -> Path:
    """An unpacked Mastodon archive: ``outbox.json`` with ``n`` activities (Create and
    Announce, every visibility) and ``actor.json``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "actor.json").write_text(
        json.dumps({"type": "Person", "preferredUsername": "bench"}), encoding="utf-8"
    )
    rng = random.Random(11)
    with open(folder / "outbox.json", "w", encoding="utf-8") as f:
        f.write(
            '{"@context": "https://www.w3.org/ns/activitystreams", '
            '"id": "outbox.json", "type": "OrderedCollection", '
            f'"totalItems": {n}, "orderedItems": ['
        )
        for i, text in enumerate(islice(cycle(corpus.texts), n)):
            if i:
                f.write(",\n")
            f.write(json.dumps(_activity(i, text, rng), ensure_ascii=False))
        f.write("]}")
    return folder
