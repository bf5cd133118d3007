"""``oauth2_userinfo`` is the deprecated name of ``userinfo``: the same cases."""

from .userinfo import build_responses

RESPONSES = build_responses()
