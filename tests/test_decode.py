"""Bad bytes in, a clear reason out; never an exception."""
import codecs

import pytest

from kabar.understand.decode import decode_seed

LIMIT = 1_000_000


@pytest.mark.parametrize("data, rejected_phrase", [
    (b"", "empty file"),
    (b"   \n\t\n  ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL byte at offset 8)"),
    (b"a" * (LIMIT + 1), "over the limit"),
])
def test_rejected(data, rejected_phrase):
    decoded = decode_seed(data, LIMIT)
    assert decoded.text is None
    assert rejected_phrase in decoded.rejected


def test_five_megabytes_is_rejected_with_its_size():
    decoded = decode_seed(b"x" * 10, LIMIT, size=5_000_000)
    assert decoded.text is None and "5.0 MB" in decoded.rejected


@pytest.mark.parametrize("data, text, warning", [
    ("Hà Nội, 4 Maret".encode("utf-8"), "Hà Nội, 4 Maret", None),
    (codecs.BOM_UTF8 + "Hà Nội".encode("utf-8"), "Hà Nội", None),
    (codecs.BOM_UTF16_LE + "Hà Nội".encode("utf-16-le"), "Hà Nội", "UTF-16"),
    (codecs.BOM_UTF16_BE + "Hà Nội".encode("utf-16-be"), "Hà Nội", "UTF-16"),
    ("Café “quoted” – naïve".encode("cp1252"), "Café “quoted” – naïve", "Windows-1252"),
    (b"line one\r\nline two\r\n", "line one\nline two\n", None),
    (b"<script>alert(1)</script> text", "<script>alert(1)</script> text", "HTML markup (<script>)"),
])
def test_decoded(data, text, warning):
    decoded = decode_seed(data, LIMIT)
    assert decoded.text == text
    if warning:
        assert any(warning in w for w in decoded.warnings)
    else:
        assert decoded.warnings == ()
