"""A contact detail's problem (:class:`kronos_core.contact.ContactProblem`) as the sentence shown
at the field, in the person's language. One sentence per code; a code this desk does not know
(a newer core) gets "Check this field.".

Sentences the new-client form already had keep their context ("NewClientDialog"), so their
translations stay one message each.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kronos_core import contact

translate = QCoreApplication.translate


def sentence(problem: contact.ContactProblem, typed: str = "") -> str:
    """What to tell the person about ``problem`` (``typed``: the text of the field, for a date)."""
    p = problem.params
    typed_phone = lambda: translate(  # noqa: E731
        "NewClientDialog", "Area code and number, like (11) 98765-4321 (abroad: +country)."
    )
    words = {
        contact.PHONE_EMPTY: typed_phone,
        contact.PHONE_NOT_A_NUMBER: typed_phone,
        contact.PHONE_COUNTRY_UNKNOWN: lambda: translate(
            "ContactWords", "No country has this code: check the digits after the +."
        ),
        contact.PHONE_TOO_SHORT: typed_phone,
        contact.PHONE_TOO_LONG: lambda: translate("ContactWords", "Too many digits for a phone number."),
        contact.PHONE_INVALID: typed_phone,
        contact.CPF_EMPTY: lambda: translate("ContactWords", "Type the CPF's 11 digits."),
        contact.CPF_LENGTH: lambda: translate("ContactWords", "A CPF has 11 digits; this one has {digits}.").format(
            digits=p.get("digits", 0)
        ),
        contact.CPF_INVALID: lambda: translate("NewClientDialog", "This CPF is not valid: check its 11 digits."),
        contact.EMAIL_EMPTY: lambda: translate("ContactWords", "Type the e-mail address."),
        contact.EMAIL_INVALID: lambda: translate(
            "NewClientDialog", "This does not look like an e-mail address (name@example.com)."
        ),
        contact.EMAIL_TOO_LONG: lambda: translate("ContactWords", "At most {max} characters.").format(
            max=p.get("max", contact.MAX_EMAIL)
        ),
        contact.INSTAGRAM_EMPTY: lambda: translate("ContactWords", "Type the Instagram handle."),
        contact.INSTAGRAM_INVALID: lambda: translate(
            "NewClientDialog", "An Instagram handle has letters, digits, dots and underscores (at most 30)."
        ),
        contact.INSTAGRAM_TOO_LONG: lambda: translate(
            "NewClientDialog", "An Instagram handle has letters, digits, dots and underscores (at most 30)."
        ),
        contact.DATE_NOT_EXIST: lambda: translate("NewClientDialog", "This date does not exist: {date}.").format(
            date=typed.strip() or f"{p.get('day', 0):02d}/{p.get('month', 0):02d}/{p.get('year', 0)}"
        ),
        contact.BIRTH_IN_FUTURE: lambda: translate("NewClientDialog", "The birth date cannot be in the future."),
        contact.BIRTH_TOO_OLD: lambda: translate(
            "ContactWords", "Check the year of birth: {year} is more than {max_age} years ago."
        ).format(year=p.get("year", 0), max_age=p.get("max_age", contact.MAX_AGE)),
    }
    found = words.get(problem.code)
    if found is None:
        return translate("NewClientDialog", "Check this field.")
    return found()
