"""A refused change in the receptionist's language.

kronos_core refuses a mutation with a stable ``code`` and the ``params`` that fill it (its
``message`` is English, for logs and the server's records). Each code has its text here, through
Qt's translation; a code this desk does not know shows the English message rather than nothing.
``tests/desktop/test_refusals.py`` holds every code kronos_core raises to a text here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from kronos_core.mutations import MutationError
from kronos_desktop.ui.common.fmt import date_text, role_label, sale_status_label, status_label
from kronos_desktop.ui.common.refusals_checkout import CHECKOUT_TEXTS
from kronos_desktop.ui.common.refusals_drawer import DRAWER_TEXTS

translate = QCoreApplication.translate

Params = Mapping[str, str]


def thing(what: str) -> str:
    """What a refusal is about (a table or what a mutation looked for), as a person says it."""
    names: dict[str, Callable[[], str]] = {
        "client": lambda: translate("Refusals", "client"),
        "appointment": lambda: translate("Refusals", "appointment"),
        "artist": lambda: translate("Refusals", "artist"),
        "staff": lambda: translate("Refusals", "staff member"),
        "staff member": lambda: translate("Refusals", "staff member"),
        "station": lambda: translate("Refusals", "station"),
        "studio": lambda: translate("Refusals", "studio"),
        "sale": lambda: translate("Refusals", "sale"),
        "sale_line": lambda: translate("Refusals", "sale item"),
        "payment": lambda: translate("Refusals", "payment"),
        "commission_rule": lambda: translate("Refusals", "commission rule"),
        "conflict": lambda: translate("Refusals", "conflict"),
        "sync_conflict": lambda: translate("Refusals", "conflict"),
        "audit_event": lambda: translate("Refusals", "history entry"),
        "project": lambda: translate("Refusals", "project"),
        "time off": lambda: translate("Refusals", "time off"),
        "time_off_series": lambda: translate("Refusals", "time off"),
        "form_template": lambda: translate("Refusals", "version of the health questionnaire"),
        "consent_form": lambda: translate("Refusals", "signed form"),
        "session_record": lambda: translate("Refusals", "session record"),
        "material": lambda: translate("Refusals", "ink or material"),
    }
    name = names.get(what)
    return name() if name is not None else what.replace("_", " ")


def pix_kind_label(kind: str) -> str:
    """A kind of PIX key as a person calls it (kronos_core.pix_keys.PIX_KEY_KINDS)."""
    names: dict[str, Callable[[], str]] = {
        "cpf": lambda: "CPF",
        "cnpj": lambda: "CNPJ",
        "email": lambda: translate("Refusals", "e-mail"),
        "phone": lambda: translate("Refusals", "phone"),
        "random": lambda: translate("Refusals", "random"),
    }
    name = names.get(kind)
    return name() if name is not None else kind


def project_status_label(status: str) -> str:
    """A project's status (kronos_core.schema.PROJECT_STATUSES) as a person says it."""
    names: dict[str, Callable[[], str]] = {
        "open": lambda: translate("Refusals", "open", "project"),
        "finished": lambda: translate("Refusals", "finished", "project"),
        "cancelled": lambda: translate("Refusals", "cancelled", "project"),
    }
    name = names.get(status)
    return name() if name is not None else status


def day_text(iso: str) -> str:
    """A day sent as "2026-12-03", as the interface writes dates (as sent, if it is not one)."""
    try:
        return date_text(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def field_label(field: str) -> str:
    """A client field named in a refusal (kronos_core/mutations/client_checks.py), as the form
    calls it."""
    names: dict[str, Callable[[], str]] = {
        "phone": lambda: translate("Refusals", "Phone"),
        "guardian_phone": lambda: translate("Refusals", "Guardian's phone"),
        "email": lambda: translate("Refusals", "E-mail"),
        "instagram": lambda: translate("Refusals", "Instagram"),
        "birth_date": lambda: translate("Refusals", "Birth date"),
        "guardian_document": lambda: translate("Refusals", "Guardian's document"),
        "blocked_reason": lambda: translate("Refusals", "Reason for the block"),
    }
    name = names.get(field)
    return name() if name is not None else field.replace("_", " ")


def _at_field(sentence: Callable[[Params], str]) -> Callable[[Params], str]:
    """A contact refusal's sentence after the field it is about ("Phone: too few digits...")."""

    def text(p: Params) -> str:
        said = sentence(p)
        field = p.get("field")
        if not field:
            return said
        return translate("Refusals", "{field}: {problem}").format(field=field_label(field), problem=said)

    return text


def _status_move_text(p: Params) -> str:
    """A status move the core's table (kronos_core/transitions.py) does not allow."""
    if p.get("kind") == "sale":
        return translate("Refusals", "A sale marked “{from_status}” cannot become “{to_status}”.").format(
            from_status=sale_status_label(p.get("from", "")), to_status=sale_status_label(p.get("to", ""))
        )
    return translate("Refusals", "An appointment marked “{from_status}” cannot become “{to_status}”.").format(
        from_status=status_label(p.get("from", "")), to_status=status_label(p.get("to", ""))
    )


TEXTS: dict[str, Callable[[Params], str]] = {
    "not_found": lambda p: translate(
        "Refusals", "This {thing} is not in the studio any more: another desk may have removed it."
    ).format(thing=thing(p.get("what", ""))),
    "duplicate_id": lambda p: translate("Refusals", "This {thing} was already saved.").format(
        thing=thing(p.get("what", ""))
    ),
    "invalid_arguments": lambda p: translate("Refusals", "Some details are not valid: {problems}").format(
        problems=p.get("problems", "")
    ),
    "unknown_mutation": lambda p: translate(
        "Refusals", "This version of KRONOS does not know this change. Update KRONOS on this computer."
    ),
    "role_not_allowed": lambda p: translate("Refusals", "The role “{role}” at this desk does not allow this.").format(
        role=role_label(p.get("role", ""))
    ),
    "not_allowed": lambda p: translate("Refusals", "This desk is not allowed to do this."),
    "stale_target": lambda p: translate("Refusals", "This was changed meanwhile and can no longer be done."),
    "nothing_to_change": lambda p: translate("Refusals", "Nothing was changed."),
    "studio_of_another_desk": lambda p: translate("Refusals", "This desk belongs to another studio."),
    "role_cannot_give": lambda p: translate("Refusals", "The role “{role}” cannot give the role “{given}”.").format(
        role=role_label(p.get("role", "")), given=role_label(p.get("given", ""))
    ),
    "owner_changes_owner": lambda p: translate("Refusals", "Only an owner can change an owner."),
    "last_owner": lambda p: translate(
        "Refusals", "{name} is the studio's last active owner: make someone else an owner first."
    ).format(name=p.get("name", "")),
    "pin_needs_manager": lambda p: translate("Refusals", "Only an owner or a manager sets another person's PIN."),
    "pin_owner_only": lambda p: translate("Refusals", "Only an owner sets an owner's PIN."),
    "pin_not_below": lambda p: translate(
        "Refusals", "A manager sets the PINs of receptionists and artists, not a {role}'s."
    ).format(role=role_label(p.get("target", ""))),
    "pin_old_mismatch": lambda p: translate("Refusals", "The current PIN typed is not right."),
    "pin_hash_weak": lambda p: translate(
        "Refusals", "This PIN was protected too weakly to be kept: set it again on this desk."
    ),
    "pin_hash_costly": lambda p: translate(
        "Refusals", "This PIN was protected in a way too slow for a desk to check: set it again on this desk."
    ),
    "pix_key_shape": lambda p: translate("Refusals", "This PIX key is not a valid {kind} key.").format(
        kind=pix_kind_label(p.get("kind", ""))
    ),
    "pix_key_kind": lambda p: translate("Refusals", "Choose what kind of PIX key this is."),
    "guest_dates_both": lambda p: translate("Refusals", "A guest artist needs both a first and a last day."),
    "guest_dates_reversed": lambda p: translate("Refusals", "A guest artist's last day is before their first."),
    "artist_own_calendar": lambda p: translate("Refusals", "An artist books only on their own calendar."),
    "artist_inactive": lambda p: translate("Refusals", "{name} no longer works at the studio.").format(
        name=p.get("name", "")
    ),
    "client_blocked": lambda p: translate("Refusals", "{name} is blocked from booking.").format(name=p.get("name", "")),
    "invalid_cpf": _at_field(lambda p: translate("Refusals", "This CPF is not valid: check its 11 digits.")),
    # A client's contact details (kronos_core/contact.py's codes), each after its field.
    "phone_empty": _at_field(lambda p: translate("Refusals", "Type the phone number.")),
    "phone_not_a_number": _at_field(
        lambda p: translate("Refusals", "A phone number has digits: area code and number, like (11) 98765-4321.")
    ),
    "phone_country_unknown": _at_field(
        lambda p: translate("Refusals", "No country has this code: check the digits after the +.")
    ),
    "phone_too_short": _at_field(
        lambda p: translate("Refusals", "Too few digits: area code and number, like (11) 98765-4321.")
    ),
    "phone_too_long": _at_field(lambda p: translate("Refusals", "Too many digits for a phone number.")),
    "phone_invalid": _at_field(
        lambda p: translate(
            "Refusals", "No such number: area code and number, like (11) 98765-4321 (abroad: +country)."
        )
    ),
    "cpf_empty": _at_field(lambda p: translate("Refusals", "Type the CPF's 11 digits.")),
    "cpf_length": _at_field(
        lambda p: translate("Refusals", "A CPF has 11 digits; this one has {digits}.").format(
            digits=p.get("digits", "")
        )
    ),
    "cpf_invalid": _at_field(lambda p: translate("Refusals", "This CPF is not valid: check its 11 digits.")),
    "email_empty": _at_field(lambda p: translate("Refusals", "Type the e-mail address.")),
    "email_invalid": _at_field(
        lambda p: translate("Refusals", "This does not look like an e-mail address (name@example.com).")
    ),
    "email_too_long": _at_field(
        lambda p: translate("Refusals", "At most {max} characters.").format(max=p.get("max", ""))
    ),
    "date_not_exist": _at_field(lambda p: translate("Refusals", "This date does not exist.")),
    "birth_in_future": _at_field(lambda p: translate("Refusals", "The birth date cannot be in the future.")),
    "birth_too_old": _at_field(
        lambda p: translate("Refusals", "Check the year of birth: {year} is more than {max_age} years ago.").format(
            year=p.get("year", ""), max_age=p.get("max_age", "")
        )
    ),
    "instagram_empty": _at_field(lambda p: translate("Refusals", "Type the Instagram handle.")),
    "instagram_invalid": _at_field(
        lambda p: translate("Refusals", "An Instagram handle has only letters, digits, “.” and “_”.")
    ),
    "instagram_too_long": _at_field(
        lambda p: translate("Refusals", "An Instagram handle has at most {max} characters.").format(
            max=p.get("max", "")
        )
    ),
    "blocked_reason_not_blocked": lambda p: translate("Refusals", "A reason for a block is only for a blocked client."),
    # Merging two records of one client (kronos_core/mutations/client_merge.py).
    "merge_same_client": lambda p: translate("Refusals", "A client cannot be merged into themselves."),
    "merge_cycle": lambda p: translate(
        "Refusals", "These two records were already merged the other way: open the record kept."
    ),
    "already_merged": lambda p: translate("Refusals", "This record was already merged into {name}'s.").format(
        name=p.get("name", "")
    ),
    "client_erased": lambda p: translate(
        "Refusals", "This client's data was erased at their request: nothing of theirs can be changed."
    ),
    "under_min_age": lambda p: translate(
        "Refusals", "{name} will be {age} on that day: below {min_age}, only a consultation can be booked."
    ).format(name=p.get("name", ""), age=p.get("age", ""), min_age=p.get("min_age", "")),
    "cannot_reschedule": lambda p: translate(
        "Refusals", "An appointment marked “{status}” cannot be rescheduled."
    ).format(status=status_label(p.get("status", ""))),
    "cannot_cancel": lambda p: translate("Refusals", "An appointment marked “{status}” cannot be cancelled.").format(
        status=status_label(p.get("status", ""))
    ),
    "status_move_not_allowed": _status_move_text,
    "not_in_conflict": lambda p: translate("Refusals", "That appointment is not part of this conflict."),
    "cannot_redo": lambda p: translate(
        "Refusals", "This refused change cannot be redone: dismiss it and make the change again."
    ),
    "keep_mine_client_only": lambda p: translate(
        "Refusals", "Keeping this desk's values applies only to a client's details."
    ),
    "resolution_not_offered": lambda p: translate("Refusals", "This conflict cannot be resolved that way."),
    "append_only": lambda p: translate(
        "Refusals", "A {thing} is kept as it was recorded: it cannot be changed or deleted. Record a new one instead."
    ).format(thing=thing(p.get("what", ""))),
    "block_not_a_booking": lambda p: translate(
        "Refusals", "Time off stays time off: only its reason can be changed. Remove it and book instead."
    ),
    "project_not_for_block": lambda p: translate("Refusals", "Time off belongs to no project."),
    "project_other_client": lambda p: translate(
        "Refusals", "The project “{title}” is another client's: choose one of this client's projects."
    ).format(title=p.get("title", "")),
    "project_not_open": lambda p: translate(
        "Refusals", "The project “{title}” is {status}: only an open project takes new sessions."
    ).format(title=p.get("title", ""), status=project_status_label(p.get("status", ""))),
    "time_off_days_reversed": lambda p: translate(
        "Refusals", "The time off's last day ({last_day}) is before its first ({first_day})."
    ).format(first_day=day_text(p.get("first_day", "")), last_day=day_text(p.get("last_day", ""))),
    "time_off_too_long": lambda p: translate(
        "Refusals", "Time off lasts at most {days} days after its first day: save a longer one in parts."
    ).format(days=p.get("days", "")),
    "time_off_no_weekday": lambda p: translate("Refusals", "Choose at least one weekday for the weekly time off."),
    "time_off_empty_span": lambda p: translate(
        "Refusals", "The time off ends at {end}, which is not after it starts ({start})."
    ).format(start=p.get("start", ""), end=p.get("end", "")),
    "time_off_span_too_long": lambda p: translate("Refusals", "A day's time off lasts at most {hours} hours.").format(
        hours=p.get("hours", "")
    ),
    "time_off_no_day_left": lambda p: translate(
        "Refusals", "No day is left in this time off: every day of it was taken out."
    ),
    "time_off_not_a_day": lambda p: translate("Refusals", "{day} is not a day of this time off.").format(
        day=day_text(p.get("day", ""))
    ),
}


def _template_problem(p: Params) -> str:
    """Why the questionnaire cannot be published (kronos_core.forms.TEMPLATE_PROBLEMS)."""
    question = p.get("question", "")
    problems: dict[str, Callable[[], str]] = {
        "no_questions": lambda: translate("Refusals", "The questionnaire needs at least one question."),
        "duplicate_question_id": lambda: translate(
            "Refusals", "Two questions share the identifier “{question}”: each question needs its own."
        ),
        "empty_question_id": lambda: translate("Refusals", "A question has no identifier."),
        "empty_question_text": lambda: translate("Refusals", "A question has no text: write what it asks."),
        "choice_without_choices": lambda: translate(
            "Refusals", "A choice question (“{question}”) needs at least one choice."
        ),
        "alert_not_an_answer": lambda: translate(
            "Refusals", "The question “{question}” raises a health alert on an answer it does not offer."
        ),
        "empty_consent_text": lambda: translate("Refusals", "The consent text cannot be empty."),
        "empty_title": lambda: translate("Refusals", "The questionnaire needs a title."),
        "unknown_language": lambda: translate("Refusals", "The questionnaire's language is not one the app knows."),
    }
    found = problems.get(p.get("problem", ""))
    if found is None:
        return translate("Refusals", "The questionnaire cannot be published as it is.")
    return found().format(question=question)


def _material_problem(p: Params) -> str:
    if p.get("problem") == "expires_before_manufactured":
        return translate("Refusals", "The lot's expiry date is before its manufacture date.")
    return translate("Refusals", "The ink or material needs a name.")


FORM_TEXTS: dict[str, Callable[[Params], str]] = {
    "form_template_invalid": _template_problem,
    "form_template_unknown": lambda p: translate(
        "Refusals", "This version of the health questionnaire is not on this desk yet: sync and try again."
    ),
    "form_answer_missing": lambda p: translate("Refusals", "Answer the required questions: {questions}.").format(
        questions=p.get("questions", "")
    ),
    "form_answer_invalid": lambda p: translate("Refusals", "An answer does not fit its question: check it."),
    "form_signature_empty": lambda p: translate("Refusals", "The client has not signed: the signature is empty."),
    "form_signature_invalid": lambda p: translate(
        "Refusals", "The signature could not be read: clear it and sign again."
    ),
    "form_guardian_missing": lambda p: translate(
        "Refusals", "The client is a minor: add their guardian to the client's record before signing."
    ),
    "form_guardian_signature_missing": lambda p: translate(
        "Refusals", "The client is a minor: their guardian must sign too."
    ),
    "form_documents_missing": lambda p: translate(
        "Refusals", "The client is a minor: check the ID (kind and number) of both the client and the guardian."
    ),
    "form_amends_other_client": lambda p: translate("Refusals", "A form can only amend a form of the same client."),
    "form_appointment_other_client": lambda p: translate(
        "Refusals", "This booking is another client's: choose one of this client's bookings."
    ),
    "material_invalid": _material_problem,
    "material_expired": lambda p: translate(
        "Refusals", "{name} (lot {lot}) expired on {expires_on}: it cannot be recorded as used in this session."
    ).format(name=p.get("name", ""), lot=p.get("lot", ""), expires_on=day_text(p.get("expires_on", ""))),
    "ink_unregistered": lambda p: translate(
        "Refusals", "The ink {name} has no ANVISA registration number: only registered inks can be recorded."
    ).format(name=p.get("name", "")),
    "session_record_location_missing": lambda p: translate("Refusals", "Say where on the body the session was done."),
    "form_not_signed": lambda p: translate(
        "Refusals", "The client has not signed the consent form for this session: sign it before the needle."
    ),
    "form_not_signed_warning": lambda p: translate(
        "Refusals", "The client has not signed the consent form for this session yet."
    ),
    "session_record_corrects_other": lambda p: translate(
        "Refusals", "A correction can only correct a record of the same session."
    ),
}
TEXTS.update(FORM_TEXTS)
TEXTS.update(CHECKOUT_TEXTS)  # issue 15: deposits and tickets
TEXTS.update(DRAWER_TEXTS)  # issue 16: the drawer and the close, vouchers, stock


def text_for(code: str, params: Mapping[str, object], fallback: str) -> str:
    """The text of a refusal's ``code`` filled with ``params`` (``fallback`` for an unknown code,
    e.g. one a newer server sent)."""
    text = TEXTS.get(code)
    if text is None:
        return fallback
    return text({str(k): str(v) for k, v in params.items()})


def refusal_text(exc: MutationError) -> str:
    """What the refusal says to a person, in the interface's language."""
    return text_for(exc.code, exc.params, exc.message)
