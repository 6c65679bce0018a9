"""Web addresses as the workbench keeps and publishes them: one rule for every address that
enters (a verdict's sources, the desk's settings, imported articles) and leaves (CSV,
ClaimReview).

``web_address`` takes an http(s) address with a host and gives it back with every
character that is unsafe in an address percent-encoded (as UTF-8), the way a browser
sends it: spaces, ``"`` ``<`` ``>`` ``\\`` ``^`` ``\u0060`` ``{`` ``|`` ``}``, control
characters (C0, DEL, C1), every other invisible or format character (the bidi controls
LRM, RLM, ALM, the embeddings, overrides and isolates, zero-width characters, Unicode
spaces) and a ``%`` that does not begin an escape. Escapes already there (``%D9%83``) and
the letters of an IRI (an Arabic or Hebrew path) are kept as they are: encoding them
would give the same address, but one nobody can read. So an address can neither break
out of the text around it (a quote of an HTML attribute, a script element) nor display as
another one. Anything else (not http or https, no host, a host holding a character no
host name can hold) is refused with ``BadInput``.
"""

from __future__ import annotations

import re
import unicodedata

from workbench.kernel.errors import BadInput
from workbench.kernel.messages import Message, msg, template

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# Printable ASCII that an address holds as it is: all of it but the space and " < > \ ^ ` { | }
# (and %, kept only as the start of an escape).
_SAFE_ASCII = frozenset(chr(c) for c in range(0x21, 0x7F)) - frozenset('"<>\\^`{|}%')
_HOST_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")
_IPV6 = re.compile(r"\[[0-9A-Fa-f:.]+\]")
# The addresses almost all are: nothing to encode, nothing to look at character by character.
_PLAIN = re.compile(r"https?://[A-Za-z0-9._-]+(?::[0-9]*)?"
                    r"(?:[/?#](?:[!#$&-;=?-\[\]_a-z~]|%[0-9A-Fa-f]{2})*)?")

_NOT_WEB = template("only http:// and https:// addresses with a host are accepted")
_BAD_HOST = template("its host holds {character}, which no host name can hold")
_BAD_PORT = template("its port {port!r} is not a number")


class AddressProblem(BadInput):
    """Why ``web_address`` refused an address: ``url`` (as given, without the spaces around
    it) and ``reason``, a message to put after "… is not a web address: "."""

    def __init__(self, url: str, reason: Message):
        super().__init__(msg("{url!r} is not a web address: {reason}", url=url, reason=reason))
        self.url = url
        self.reason = reason


def web_address(value: str) -> str:
    """``value``, an http or https address with a host, with its unsafe characters
    percent-encoded (see the module's description); the spaces and C0 controls around it are
    left out (any other character at its ends is encoded, or refused before the scheme). ``AddressProblem`` (a ``BadInput``) when it is not such an address
    or its host (or port) holds a character that cannot be there."""
    if _PLAIN.fullmatch(value):
        return value
    return _checked(value)


def shown_address(value: str | None) -> str | None:
    """The address to write where one is shown as text (a CSV cell): ``web_address``, or for a
    value it refuses (an address stored before it was checked), the value with the same
    characters encoded everywhere, its host included, so that it cannot mislead either."""
    if value is None:
        return None
    try:
        return web_address(value)
    except AddressProblem:
        return _encoded(_trimmed(value))


def describe_character(character: str) -> str:
    """A character as a message names it: ``'"'``, or ``U+202E`` for one that shows nothing."""
    if character.isprintable() and not character.isspace():
        return f"{character!r} (U+{ord(character):04X})"
    return f"U+{ord(character):04X}"


def _unsafe(character: str) -> bool:
    if character < "\x80":
        return character not in _SAFE_ASCII
    return unicodedata.category(character)[0] in "CZ"  # controls, format, unassigned, private use, spaces


def _trimmed(value: str) -> str:
    """``value`` without the spaces and C0 controls around it (as a browser, and ``str.strip``)."""
    start, end = 0, len(value)
    while start < end and (value[start] <= " " or value[start].isspace()):
        start += 1
    while end > start and (value[end - 1] <= " " or value[end - 1].isspace()):
        end -= 1
    return value[start:end]


def _encoded(text: str) -> str:
    """``text`` with each unsafe character percent-encoded as UTF-8 (an unpaired surrogate,
    which has no UTF-8, as U+FFFD's), and each ``%`` that begins no escape as ``%25``."""
    if not any(_unsafe(c) for c in text):
        return text
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "%" and _ESCAPE.match(text, i):
            out.append(text[i:i + 3])
            i += 3
            continue
        if _unsafe(c):
            if "\ud800" <= c <= "\udfff":
                c = "\ufffd"
            out.append("".join(f"%{b:02X}" for b in c.encode("utf-8")))
        else:
            out.append(c)
        i += 1
    return "".join(out)


def _host_character_allowed(c: str) -> bool:
    if c < "\x80":
        return c in _HOST_ASCII
    return unicodedata.category(c)[0] in "LM" or unicodedata.category(c) == "Nd"


def _checked(value: str) -> str:
    url = _trimmed(value)
    scheme = _SCHEME.match(url)
    if not scheme or scheme.group(1).lower() not in ("http", "https") or not url.startswith("//", scheme.end()):
        raise AddressProblem(url, msg(_NOT_WEB))
    rest = url[scheme.end() + 2:]
    end = next((i for i, c in enumerate(rest) if c in "/?#"), len(rest))
    authority, tail = rest[:end], rest[end:]
    userinfo, at, hostport = authority.rpartition("@")
    if "\\" in authority:  # a browser ends the host at a backslash, other programs do not: refused
        raise AddressProblem(url, msg(_BAD_HOST, character=describe_character("\\")))
    if hostport.startswith("["):
        literal = _IPV6.match(hostport)
        if not literal:
            bad = next((c for c in hostport[1:] if c not in "0123456789abcdefABCDEF:.]"), "[")
            raise AddressProblem(url, msg(_BAD_HOST, character=describe_character(bad)))
        host, port_part = literal.group(), hostport[literal.end():]
        if port_part and not port_part.startswith(":"):
            raise AddressProblem(url, msg(_BAD_HOST, character=describe_character(port_part[0])))
        sep, port = port_part[:1], port_part[1:]
    else:
        host, sep, port = hostport.partition(":")
        bad = next((c for c in host if not _host_character_allowed(c)), None)
        if bad is not None:
            raise AddressProblem(url, msg(_BAD_HOST, character=describe_character(bad)))
    if not host:
        raise AddressProblem(url, msg(_NOT_WEB))
    if port and not (port.isascii() and port.isdigit()):
        raise AddressProblem(url, msg(_BAD_PORT, port=port))
    return (scheme.group(1).lower() + "://" + (_encoded(userinfo) + at if at else "") + host + sep + port
            + _encoded(tail))
