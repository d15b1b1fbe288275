"""The API: options, errors, rules, explanations."""

import pytest

import rinse_text
from conftest import run_cli

SCRAPED = (
    "Stocks rose on Monday.\n"
    "Subscribe to our newsletter\n"
    "Analysts expect more gains.\n"
    "Subscribe to our newsletter\n"
    "The index closed higher.\n"
)
CLEAN = "Stocks rose on Monday.\nAnalysts expect more gains.\nThe index closed higher.\n"


def test_clean():
    assert rinse_text.clean(SCRAPED) == CLEAN
    assert rinse_text.clean(CLEAN) == CLEAN
    assert rinse_text.Cleaner().check(SCRAPED)
    assert not rinse_text.Cleaner().check(CLEAN)


def test_select_and_ignore():
    assert rinse_text.clean(SCRAPED, select=["repeated-block"]) == CLEAN
    assert rinse_text.clean(SCRAPED, select="repeated-block,byline") == CLEAN
    assert rinse_text.clean(SCRAPED, select="whitespace") == SCRAPED
    assert "repeated-block" not in rinse_text.Cleaner(ignore=["repeated-block"]).rules
    cleaner = rinse_text.Cleaner(select="whitespace, mojibake")
    assert cleaner.rules == ["mojibake", "whitespace"]
    assert "corpus-boilerplate" in rinse_text.Cleaner().rules


def test_errors_name_no_flags():
    with pytest.raises(ValueError) as err:
        rinse_text.Cleaner(select=["no-such-rule"])
    assert str(err.value) == "unknown rule `no-such-rule`"
    with pytest.raises(ValueError) as err:
        rinse_text.clean_bytes(b"ab\0\0cd\0\0ef\0\0")
    assert "binary input" in str(err.value) and "--" not in str(err.value)
    with pytest.raises(LookupError):
        rinse_text.clean_bytes(b"abc", "no-such-encoding")
    with pytest.raises(ValueError):
        rinse_text.Cleaner(format="pdf")
    with pytest.raises(ValueError):
        rinse_text.Cleaner(min_docs=3)
    with pytest.raises(TypeError):
        rinse_text.Cleaner().clean(42)
    with pytest.raises(ValueError):
        rinse_text.explain("nope")


def test_bytes_are_decoded_as_the_cli_decodes():
    latin = "Caf\u00e9 au lait is what they serve at the corner, every day.\n".encode("windows-1252")
    assert rinse_text.clean_bytes(latin) == "Caf\u00e9 au lait is what they serve at the corner, every day.\n"
    assert rinse_text.clean_bytes(latin, "windows-1252") == rinse_text.clean_bytes(latin)
    assert rinse_text.Cleaner(encoding="latin1").clean(latin).startswith("Caf\u00e9")
    bom = b"\xef\xbb\xbfPlain words here.\n"
    assert rinse_text.clean_bytes(bom) == "Plain words here.\n"
    assert rinse_text.Cleaner().check(bom)
    assert not rinse_text.Cleaner().check("Plain words here.\n")


def test_html():
    page = "<style>p { margin: 0 }</style>\n<p>It rained on Monday, the first time in months.</p>"
    assert rinse_text.clean(page) == "It rained on Monday, the first time in months.\n"
    assert rinse_text.clean(page, format="text") != "It rained on Monday, the first time in months.\n"
    cleaned = rinse_text.Cleaner().clean_with_edits(page)
    assert cleaned.format == "html"
    assert cleaned.source == "It rained on Monday, the first time in months.\n"
    assert not cleaned.changed


def test_edits():
    cleaned = rinse_text.Cleaner().clean_with_edits("\u00e9t\u00e9 \u2014 " + SCRAPED)
    assert cleaned.text == "\u00e9t\u00e9 \u2014 " + CLEAN
    # The promo goes, both copies: offsets count code points.
    assert [e.rule for e in cleaned.edits] == ["repeated-block", "repeated-block"]
    for edit in cleaned.edits:
        assert cleaned.source[edit.start : edit.end] == edit.text == "Subscribe to our newsletter\n"
        assert edit.action == "remove" and edit.replacement == ""
    edit = cleaned.edits[0]
    assert edit.start == len("\u00e9t\u00e9 \u2014 Stocks rose on Monday.\n")
    assert edit.to_dict()["rule"] == "repeated-block"
    assert "repeated-block" in repr(edit)


def test_rules_and_explain_equal_cli():
    listed = run_cli("--list-rules").stdout.decode().splitlines()
    assert [r["id"] for r in rinse_text.rules()] == [line.split()[0] for line in listed]
    for rule, line in zip(rinse_text.rules(), listed):
        assert line.split()[1] == rule["kind"]
        assert line.endswith(rule["summary"])
        assert rinse_text.explain(rule["id"]) == run_cli("--explain", rule["id"]).stdout.decode()


def test_none_and_types_in_batches():
    cleaner = rinse_text.Cleaner()
    assert cleaner.clean_batch([SCRAPED, None, SCRAPED.encode()], threads=1) == [CLEAN, None, CLEAN]
    assert cleaner.clean_batch(iter([SCRAPED])) == [CLEAN]
    assert cleaner.clean_batch([]) == []
    binary = "ab\0\0cd\0\0"
    with pytest.raises(ValueError, match=r"texts\[1\]"):
        cleaner.clean_batch([SCRAPED, binary])
    assert cleaner.clean_batch([SCRAPED, binary], on_error="keep") == [CLEAN, binary]
    assert cleaner.clean_batch([binary.encode()], on_error="keep") == [None]
    assert cleaner.clean_batch([binary], on_error="none") == [None]
    # One text is not a batch of its characters.
    with pytest.raises(TypeError):
        cleaner.clean_batch(SCRAPED)
    with pytest.raises(TypeError):
        rinse_text.Model().add_texts(b"bytes")


def test_version():
    assert rinse_text.__version__
