from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from builders import pack

from relate import archives

SHARES = (
    "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n"
    '2024-03-02 09:15:40,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7170000000000000001,"New role!\n'
    'Grateful for ""great"" mentors {hashtag|\\#|career} thanks @[Sam Ex](urn:li:person:abc)",https://example.org/post,,MEMBER_NETWORK\r\n'
    ",https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7170000000000000002,,https://www.linkedin.com/posts/bo-ex_123,,PUBLIC\r\n"
)
OLD_SHARES = "Date,ShareLink,ShareCommentary\n2019-01-01 08:00:00,https://www.linkedin.com/feed/update/urn:li:activity:6500,hello network\n"
COMMENTS = (
    "Date,Link,Message\n"
    '2024-03-03 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:7170000000000000009,"Congrats, \\"well\\" deserved!"\n'
)


def test_shares_and_comments(tmp_path: Path) -> None:
    path = pack(
        tmp_path / "Complete_LinkedInDataExport_03-04-2024.zip",
        {"Shares.csv": SHARES, "Comments.csv": COMMENTS, "Profile.csv": "First Name\nAna\n"},
    )
    assert archives.detect(path) == "linkedin"
    share, reshare, comment = archives.read(path)
    assert share.id == "urn:li:share:7170000000000000001"
    assert share.created_at == datetime(2024, 3, 2, 9, 15, 40, tzinfo=UTC)
    assert share.text == 'New role!\nGrateful for "great" mentors #career thanks Sam Ex'
    assert share.hashtags == ("career",)
    assert share.links == ("https://example.org/post",)
    assert share.visibility == "member_network"
    assert (reshare.kind, reshare.created_at, reshare.text) == ("repost", None, "")
    assert (comment.kind, comment.text) == ("comment", 'Congrats, "well" deserved!')
    assert (
        comment.reply_to
        == "https://www.linkedin.com/feed/update/urn:li:activity:7170000000000000009"
    )


def test_older_export_with_fewer_columns(tmp_path: Path) -> None:
    path = pack(tmp_path / "Basic_LinkedInDataExport", {"Shares.csv": OLD_SHARES}, "folder")
    (post,) = archives.read(path)
    assert (post.id, post.text, post.visibility) == ("urn:li:activity:6500", "hello network", None)
