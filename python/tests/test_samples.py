"""The package gives the command line's answers on every sample."""

import json

import pytest

import rinse_text
from conftest import SAMPLES, run_cli

CLEANER = rinse_text.Cleaner()


def as_text(data):
    """The sample as a str when the command line would read it as that
    very text: valid UTF-8 without a byte order mark."""
    if data.startswith(b"\xef\xbb\xbf"):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_clean_equals_cli(sample):
    data = sample.read_bytes()
    expected = run_cli(sample).stdout.decode("utf-8")
    assert rinse_text.clean_bytes(data) == expected
    assert CLEANER.clean(data) == expected
    text = as_text(data)
    if text is not None:
        assert rinse_text.clean(text) == expected
        assert CLEANER.clean(text) == expected


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_check_and_diff_equal_cli(sample):
    data = sample.read_bytes()
    check = run_cli("--check", "--quiet", sample)
    assert CLEANER.check(data) == (check.returncode == 1)
    diff = run_cli("--diff", "--color", "never", sample).stdout.decode("utf-8")
    assert CLEANER.diff(data, name=str(sample)) == diff


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_edits_equal_the_report_and_slice_the_input(sample):
    data = sample.read_bytes()
    cleaned = CLEANER.clean_with_edits(data)
    report = [json.loads(line) for line in run_cli("--report", "-", sample).stdout.decode().splitlines()]
    assert [(e.rule, e.action, e.text, e.replacement, e.reason) for e in cleaned.edits] == [
        (r["rule"], r["action"], r["text"], r["replacement"], r["reason"]) for r in report
    ]
    source = cleaned.source
    out, at = [], 0
    for edit in cleaned.edits:
        # Offsets count code points, as Python slices do.
        assert source[edit.start : edit.end] == edit.text
        assert edit.start >= at
        # The report's byte offsets are the same places.
        out.append(source[at : edit.start])
        out.append(edit.replacement)
        at = edit.end
    out.append(source[at:])
    assert "".join(out) == cleaned.text
    for edit, record in zip(cleaned.edits, report):
        assert len(source[: edit.start].encode()) == record["start"]
        assert len(source[: edit.end].encode()) == record["end"]
    text = as_text(data)
    if text is not None and cleaned.format == "text":
        assert cleaned.source == text
        assert CLEANER.clean_with_edits(text).edits == cleaned.edits


def test_a_sample_with_characters_beyond_ascii_is_tested():
    # The offset test means something only if some edit sits after
    # characters of more than one byte.
    found = False
    for sample in SAMPLES:
        cleaned = CLEANER.clean_with_edits(sample.read_bytes())
        for edit in cleaned.edits:
            before = cleaned.source[: edit.start]
            found |= len(before.encode()) != len(before)
    assert found
