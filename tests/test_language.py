"""Telling English from other languages: every non-Latin script counts towards "not
English" together, the largest names the language, and English with a little foreign
script stays English."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import relate

KANA = "".join(chr(c) for c in range(0x3041, 0x3097))
KANJI = "日本語新本読今面白東京仕事始首相経済対策発表"
URLS = ["https://example.com/products/new-release-2024", "www.example.org/a/b", "@someone"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("今日は新しい本を読みました。とても面白かったです。", "und-Jpan"),
        # As many kanji as kana: neither group alone was a majority, so it read as "en".
        ("東京で新しい仕事を始めた", "und-Jpan"),
        ("今日はiPhoneの新しいアプリを試した", "und-Jpan"),
        ("首相、経済対策を発表", "und-Jpan"),  # mostly kanji, but kana make it Japanese
        ("新製品の詳細はこちらをご覧ください https://example.com/products/new-release-2024", "und-Jpan"),
        ("我们今天发布了新产品，欢迎大家来试用并提出宝贵意见。", "und-Hani"),
        ("我们今天发布了 new app，欢迎试用 https://example.com/download/app", "und-Hani"),
        ("오늘 새로운 책을 읽었어요. 정말 재미있었어요!", "und-Hang"),
        ("نحن سعداء جدا بإطلاق منتجنا الجديد اليوم", "und-Arab"),
        ("Сегодня мы рады представить вам наш новый продукт для всей семьи.", "und-Cyrl"),
        # The link's letters used to outnumber the Cyrillic ones.
        ("Новый выпуск подкаста уже доступен: https://podcast.example.com/episodes/2024/new-release", "und-Cyrl"),
        ("आज हमने अपना नया उत्पाद लॉन्च किया है, आप क्या सोचते हैं?", "und-Deva"),
        ("Σήμερα παρουσιάζουμε το νέο μας προϊόν σε όλους σας.", "und-Grek"),
        ("היום אנחנו שמחים להציג את המוצר החדש שלנו", "und-Hebr"),
        ("วันนี้เราเปิดตัวสินค้าใหม่ ทุกคนคิดอย่างไรบ้าง", "und-Thai"),
        ("Hoy estamos muy contentos de presentar nuestro nuevo producto para toda la familia.", "es"),
        ("Nous sommes très heureux de vous présenter notre nouvelle collection pour cet été.", "fr"),
        ("Wir freuen uns sehr, dass wir heute mit euch unser neues Projekt teilen können.", "de"),
        ("Hoje estamos muito felizes em mostrar o nosso novo projeto para você e a família.", "pt"),
    ],
)  # fmt: skip
def test_other_languages_are_named(text: str, language: str) -> None:
    s = relate.score(text)
    assert s.language == language
    assert s.warnings  # flagged, never scored silently


@pytest.mark.parametrize(
    "text",
    [
        "Loved the sunset tonight 🌅🔥😍 what did you all get up to?",
        "Finally tried proper ramen at 一蘭 in Tokyo, what is your favourite spot?",
        "This cafe is so cute かわいい, have you been?",
        "Had coffee with Дмитрий today and we talked about remote work. How do you stay focused?",
        "Thanks to محمد for the great talk on open source communities, who else was there?",
        "Big thanks to Αλέξανδρος and the whole team for the release. What should we build next?",
        "Had the best tapas in Madrid, muchas gracias to our host! Where should we eat next?",
    ],
)
def test_english_with_a_little_foreign_script_stays_english(text: str) -> None:
    s = relate.score(text)
    assert s.language == "en" and s.warnings == ()


@settings(max_examples=80, deadline=None)
@given(
    st.text(alphabet=KANA + KANJI, min_size=2, max_size=40),
    st.lists(st.sampled_from(URLS), max_size=3),
)
def test_japanese_and_chinese_letters_are_never_english(cjk: str, links: list[str]) -> None:
    language = relate.score(" ".join([cjk, *links])).language
    assert language in {"und-Jpan", "und-Hani"}
    if any(c in KANA for c in cjk):
        # Kana are Japanese only; all of them together decide, whatever the kanji.
        kana = sum(c in KANA for c in cjk)
        assert language == "und-Jpan" or kana < 0.1 * len(cjk)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=KANA + KANJI + "Дмитрийمحمد", min_size=1, max_size=6))
def test_a_short_foreign_word_leaves_an_english_post_english(word: str) -> None:
    text = f"We spent the whole week talking with you all about {word}, what do you think of it?"
    assert relate.score(text).language == "en"
