from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from builders import pack, tweet, ytd

from relate import ArchiveError, archives
from relate.archives import twitter

REPLY = tweet(
    "1790000000000000001",
    "@sam_ex tea &amp; code at #pycon https://t.co/AbC https://t.co/Pic",
    in_reply_to_status_id_str="1789999999999999999",
    in_reply_to_user_id_str="42",
    in_reply_to_screen_name="sam_ex",
    entities={
        "hashtags": [{"text": "pycon", "indices": ["26", "32"]}],
        "user_mentions": [
            {"screen_name": "sam_ex", "name": "Sam", "id_str": "42", "indices": ["0", "7"]}
        ],
        "urls": [
            {
                "url": "https://t.co/AbC",
                "expanded_url": "https://example.org/talk",
                "display_url": "example.org/talk",
                "indices": ["33", "49"],
            }
        ],
        "media": [
            {
                "url": "https://t.co/Pic",
                "type": "photo",
                "media_url_https": "https://pbs.example/1.jpg",
            }
        ],
    },
)
RETWEET = tweet(
    "1790000000000000002", "RT @bo_ex: a long thought about gardens that gets cut off at the e…"
)
QUOTE = tweet(
    "1790000000000000003",
    "so true https://t.co/Q1",
    entities={
        "hashtags": [],
        "user_mentions": [],
        "urls": [
            {
                "url": "https://t.co/Q1",
                "expanded_url": "https://twitter.com/bo_ex/status/1780000000000000000",
            }
        ],
    },
    lang="und",
)


def modern(tmp_path: Path, kind: str = "zip") -> Path:
    files = {
        "data/manifest.js": "window.__THAR_CONFIG = {};",
        "data/account.js": ytd("account", [{"account": {"username": "ana_ex", "accountId": "7"}}]),
        "data/tweets.js": ytd("tweets", [REPLY, RETWEET]),
        "data/tweets-part1.js": ytd("tweets", [QUOTE]).replace("part0", "part1"),
        "data/deleted-tweets.js": ytd("deleted_tweets", [tweet("1", "gone")]),
    }
    return pack(tmp_path / ("twitter.zip" if kind == "zip" else "twitter"), files, kind)


@pytest.mark.parametrize("kind", ["zip", "folder"])
def test_modern_archive_every_field(tmp_path: Path, kind: str) -> None:
    path = modern(tmp_path, kind)
    assert archives.detect(path) == "twitter"
    reply, repost, quote = archives.read(path)
    assert reply.id == "1790000000000000001"
    assert reply.platform == "twitter"
    assert reply.created_at == datetime(2024, 3, 5, 14, 2, 11, tzinfo=UTC)
    assert reply.text == "@sam_ex tea & code at #pycon https://example.org/talk"
    assert (reply.kind, reply.reply_to) == ("reply", "1789999999999999999")
    assert reply.hashtags == ("pycon",)
    assert reply.mentions == ("sam_ex",)
    assert reply.links == ("https://example.org/talk",)
    assert reply.language == "en"
    assert reply.url == "https://x.com/ana_ex/status/1790000000000000001"
    assert repost.kind == "repost"
    assert (quote.kind, quote.language) == ("quote", None)
    assert quote.text == "so true https://twitter.com/bo_ex/status/1780000000000000000"


def test_old_tweet_js_without_wrapper_in_a_wrapping_folder(tmp_path: Path) -> None:
    bare = [REPLY["tweet"], {**QUOTE["tweet"], "created_at": None}]
    files = {"twitter-2020-01-01-abc/data/tweet.js": ytd("tweet", bare)}
    path = pack(tmp_path / "old.zip", files)
    posts = list(archives.read(path))
    assert [p.id for p in posts] == ["1790000000000000001", "1790000000000000003"]
    # No usable time: the snowflake id holds it; no account.js: a generic link.
    assert posts[1].created_at is not None and posts[1].created_at.year == 2024
    assert posts[1].url == "https://x.com/i/web/status/1790000000000000003"


def test_long_posts_come_from_note_tweet(tmp_path: Path) -> None:
    long_text = "Here is a long thought about community gardens and " + "why they matter " * 30
    cut = tweet(
        "1790000000000000009",
        long_text[:270] + "… https://t.co/more",
        created_at="Wed May 01 10:00:01 +0000 2024",
    )
    notes = [
        {
            "noteTweet": {
                "noteTweetId": "55",
                "createdAt": "2024-05-01T10:00:00.000Z",
                "core": {"text": long_text, "urls": []},
            }
        },
        {
            "noteTweet": {
                "noteTweetId": "56",
                "createdAt": "2023-01-01T00:00:00.000Z",
                "core": {"text": "an orphan note"},
            }
        },
    ]
    path = pack(
        tmp_path / "x.zip",
        {"data/tweets.js": ytd("tweets", [cut]), "data/note-tweet.js": ytd("noteTweet", notes)},
    )
    matched, orphan = archives.read(path)
    assert matched.text == long_text.strip()
    assert matched.id == "1790000000000000009"
    assert (orphan.id, orphan.text) == ("note-56", "an orphan note")


def test_grailbird_archive(tmp_path: Path) -> None:
    items = [
        {
            "id_str": "150000000000000000",
            "created_at": "2012-01-31 12:00:00 +0000",
            "text": "hello &lt;world&gt;",
            "entities": {},
        },
        {
            "id_str": "150000000000000001",
            "created_at": "2012-01-31 12:05:00 +0000",
            "text": "RT @bo: x",
            "retweeted_status": {},
        },
    ]
    body = f"Grailbird.data.tweets_2012_01 = {json.dumps(items)}"
    path = pack(
        tmp_path / "grail.zip", {"data/js/tweets/2012_01.js": body, "tweets.csv": "tweet_id,text\n"}
    )
    posts = list(archives.read(path))
    assert [(p.text, p.kind) for p in posts] == [("hello <world>", "post"), ("RT @bo: x", "repost")]
    assert posts[0].created_at == datetime(2012, 1, 31, 12, tzinfo=UTC)


def test_an_item_that_is_not_a_tweet_still_gets_a_row(tmp_path: Path) -> None:
    path = pack(
        tmp_path / "x.zip", {"data/tweets.js": ytd("tweets", [REPLY, "junk", {"tweet": {}}])}
    )
    posts = list(archives.read(path))
    assert len(posts) == 3
    assert posts[0].error is None
    assert posts[1].error and posts[2].error


def test_forcing_twitter_on_another_archive_says_where_to_get_it(tmp_path: Path) -> None:
    path = pack(tmp_path / "other.zip", {"outbox.json": "{}"})
    with pytest.raises(ArchiveError, match="Download an archive"):
        list(archives.read(path, "twitter"))


def test_a_huge_tweet_is_matched_to_its_note_from_its_start_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Matching looks at a bounded start of the text, never the whole post (and at nothing
    # when the archive has no notes); the output is the same.
    seen: list[int] = []
    normal = twitter._normal

    def spy(text: str) -> str:
        seen.append(len(text))
        return normal(text)

    monkeypatch.setattr(twitter, "_normal", spy)
    huge = "A very long post about rivers " + "and the towns along them " * 20_000
    one = tweet("1790000000000000009", huge[:270], created_at="Wed May 01 10:00:01 +0000 2024")
    two = tweet("1790000000000000010", huge, created_at="Wed May 01 11:00:01 +0000 2024")
    note = {
        "noteTweet": {
            "noteTweetId": "55",
            "createdAt": "2024-05-01T10:00:00.000Z",
            "core": {"text": huge, "urls": []},
        }
    }
    bare = pack(tmp_path / "bare.zip", {"data/tweets.js": ytd("tweets", [two])})
    assert [p.text for p in archives.read(bare)] == [huge.strip()]
    assert seen == []

    path = pack(
        tmp_path / "x.zip",
        {
            "data/tweets.js": ytd("tweets", [one, two]),
            "data/note-tweet.js": ytd("noteTweet", [note]),
        },
    )
    assert [(p.id, p.text) for p in archives.read(path)] == [
        ("1790000000000000009", huge.strip()),
        ("1790000000000000010", huge.strip()),
    ]
    assert seen and max(seen) <= 4096


def test_a_note_that_cannot_be_decoded_is_an_error_row(tmp_path: Path) -> None:
    # A number thousands of digits long cannot be decoded: the note's row says so.
    good = tweet("1790000000000000009", "short", created_at="Wed May 01 10:00:01 +0000 2024")
    notes = (
        'window.YTD.noteTweet.part0 = [{"noteTweet": {"noteTweetId": "55", "core": '
        '{"text": "long"}, "n": ' + "9" * 10_000 + "}}];\n"
    )
    path = pack(
        tmp_path / "x.zip", {"data/tweets.js": ytd("tweets", [good]), "data/note-tweet.js": notes}
    )
    posts = list(archives.read(path))
    assert [p.id for p in posts] == ["1790000000000000009", "data/note-tweet.js#0"]
    assert posts[1].error is not None and "cannot be read" in posts[1].error


def _held_open(path: Path) -> bool:
    fds = Path("/proc/self/fd")
    return any(os.path.realpath(fd) == str(path.resolve()) for fd in fds.iterdir())


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd")
def test_an_archive_left_unread_is_closed_on_leaving_with(tmp_path: Path) -> None:
    path = pack(tmp_path / "x.zip", {"data/tweets.js": ytd("tweets", [tweet("1", "hi all")])})
    posts = archives.read(path)  # opened and checked now; kept referenced below
    assert _held_open(path)
    with posts:
        pass
    assert not _held_open(path)
    assert list(posts) == []
