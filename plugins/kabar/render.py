"""Article blocks -> HTML. Every piece of seed text is escaped here, once."""
from __future__ import annotations

from html import escape

from .record import ParsedText


def render_body(parsed: ParsedText) -> str:
    """Paragraphs as ``<p>``, photo captions as ``<figure><figcaption>`` (there are no images)."""
    out = []
    for block in parsed.blocks:
        text = escape(block.text, quote=True)
        if block.kind == "caption":
            out.append(f'<figure class="caption"><figcaption>{text}</figcaption></figure>')
        else:
            out.append(f"<p>{text}</p>")
    return "\n".join(out)
