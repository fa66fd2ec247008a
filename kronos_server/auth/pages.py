"""The sign-in pages (Jinja2, autoescaped), in Portuguese (Brazil) and English.

The language comes from ``?lang=`` (or the form's ``lang``), else from ``Accept-Language``,
else Portuguese. Pages forbid framing and load nothing from elsewhere (a strict
Content-Security-Policy with a per-response nonce for the one inline style block).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any, Final

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.responses import HTMLResponse

LANGUAGES: Final = ("pt-BR", "en")
DEFAULT_LANGUAGE: Final = "pt-BR"

MESSAGES: Final[dict[str, dict[str, str]]] = {
    "pt-BR": {
        "title": "Entrar no KRONOS",
        "intro": "Conecte este computador ao estúdio. Somente proprietários e gerentes podem cadastrar um balcão.",
        "email": "E-mail",
        "password": "Senha",
        "desk_name": "Nome deste computador",
        "submit": "Entrar",
        "choose_title": "Escolha o estúdio",
        "choose_intro": "Você trabalha em mais de um estúdio. A qual deles este computador pertence?",
        "continue": "Continuar",
        "bad_credentials": "E-mail ou senha incorretos.",
        "slowed": "Muitas tentativas. Aguarde {seconds} s e tente de novo.",
        "locked": "Acesso bloqueado temporariamente após muitas tentativas. Tente de novo em {minutes} min.",
        "no_studio": (
            "Este login não faz parte de nenhum estúdio ativo. Se um estúdio convidou você, "
            "aceite o convite na página /invitations deste servidor."
        ),
        "not_allowed": "Somente proprietários e gerentes podem cadastrar um balcão. Peça a um deles para entrar.",
        "expired": "Esta página expirou. Volte ao KRONOS e comece de novo.",
        "error_title": "Não foi possível continuar",
        "bad_request": "O pedido de entrada é inválido. Volte ao KRONOS e comece de novo.",
        "missing_fields": "Preencha todos os campos.",
        "role_owner": "proprietário(a)",
        "role_manager": "gerente",
        "role_receptionist": "recepção",
        "role_artist": "artista",
        "switch_language": "English",
    },
    "en": {
        "title": "Sign in to KRONOS",
        "intro": "Connect this computer to the studio. Only owners and managers can enrol a desk.",
        "email": "E-mail",
        "password": "Password",
        "desk_name": "Name of this computer",
        "submit": "Sign in",
        "choose_title": "Choose the studio",
        "choose_intro": "You work in more than one studio. Which one does this computer belong to?",
        "continue": "Continue",
        "bad_credentials": "Wrong e-mail or password.",
        "slowed": "Too many attempts. Wait {seconds} s and try again.",
        "locked": "Access is locked for a while after too many attempts. Try again in {minutes} min.",
        "no_studio": (
            "This login is not part of any active studio. If a studio invited you, "
            "accept the invitation on this server's /invitations page."
        ),
        "not_allowed": "Only owners and managers can enrol a desk. Ask one of them to sign in.",
        "expired": "This page has expired. Go back to KRONOS and start again.",
        "error_title": "Cannot continue",
        "bad_request": "The sign-in request is not valid. Go back to KRONOS and start again.",
        "missing_fields": "Fill in every field.",
        "role_owner": "owner",
        "role_manager": "manager",
        "role_receptionist": "reception",
        "role_artist": "artist",
        "switch_language": "Português",
    },
}

_ENV = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html"], default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _normalise(tag: str) -> str | None:
    tag = tag.strip().lower()
    if tag in ("pt", "pt-br") or tag.startswith("pt-"):
        return "pt-BR"
    if tag == "en" or tag.startswith("en-"):
        return "en"
    return None


def choose_language(explicit: str | None, accept_language: str | None) -> str:
    """``explicit`` (``?lang=``) if it names a language we have, else the best of Accept-Language."""
    if explicit:
        chosen = _normalise(explicit)
        if chosen:
            return chosen
    best: tuple[float, str] | None = None
    for position, part in enumerate((accept_language or "")[:500].split(",")[:20]):
        tag, _, params = part.partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                continue
        chosen = _normalise(tag)
        if chosen and quality > 0 and (best is None or quality > best[0]):
            best = (quality - position * 1e-6, chosen)
    return best[1] if best else DEFAULT_LANGUAGE


def render(template: str, lang: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    nonce = secrets.token_urlsafe(16)
    messages = MESSAGES.get(lang, MESSAGES[DEFAULT_LANGUAGE])
    html = _ENV.get_template(template).render(lang=lang, t=messages, nonce=nonce, **context)
    response = HTMLResponse(html, status_code=status_code)
    response.headers["Content-Security-Policy"] = (
        f"default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self' http://127.0.0.1:*; "
        "frame-ancestors 'none'; base-uri 'none'"
    )
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    return response
