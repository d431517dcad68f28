"""The placement summary for the client and the client record system, in the client's language.

Worded only from the record's snapshot, never from the current catalogue, so that an old record
prints as it was decided. The same sections become the plain-text copy for the clipboard and
the HTML that the PDF is printed from (every catalogue string escaped there).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from sote_navigator import i18n
from sote_navigator.core import localized
from sote_navigator.core.client_groups import Circumstances
from sote_navigator.core.contact_routes import route_json
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.placement_record import PlacementInput, PlacementStatus
from sote_navigator.core.placement_snapshot import PlacementSnapshot
from sote_navigator.core.reasons import Reason, ReasonCode, Verdict
from sote_navigator.core.snapshot_offering import ChosenProvider
from sote_navigator.i18n import arg, translate
from sote_navigator.wording.client_groups import answered_lines
from sote_navigator.wording.contact_routes import (
    hours_text,
    route_line,
    urgent_route_lines,
    urgent_title,
)
from sote_navigator.wording.display import isolate
from sote_navigator.wording.reasons import language_name, reason_line, verdict_text
from sote_navigator.wording.vocabulary import example_marker
from sote_navigator.wording.vouchers import kind_text as voucher_kind_text

MAX_OTHERS = 10


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[str, ...]
    numbered: bool = False
    lead: bool = False  # the first line names the thing (a service, a provider): in bold


def status_text(status: str) -> str:
    return {
        PlacementStatus.DRAFT: translate("Placement", "draft"),
        PlacementStatus.REFERRED: translate("Placement", "referred"),
        PlacementStatus.DECIDED: translate("Placement", "decided"),
        PlacementStatus.CANCELLED: translate("Placement", "cancelled"),
        PlacementStatus.REJECTED: translate("Placement", "rejected"),
    }.get(PlacementStatus(status), status)


def _pick(texts: LocalizedText | None) -> str:
    # Isolated: a right-to-left override in a name must not reorder the sentence around it.
    return isolate(localized.pick(texts or [], i18n.content_language()))


def _needs_line(entered: PlacementInput) -> str:
    needs = [
        (entered.urgent, translate("Placement", "urgent")),
        (entered.home_visit, translate("Placement", "home visits")),
        (entered.accessible, translate("Placement", "accessible premises")),
        (entered.evening, translate("Placement", "evening or weekend hours")),
    ]
    chosen = [text for wanted, text in needs if wanted]
    return arg(translate("Placement", "Needs: %1"), ", ".join(chosen)) if chosen else ""


def _client(entered: PlacementInput, snap: PlacementSnapshot | None) -> Section:
    context = snap.context if snap else None
    lines = [
        arg(
            translate("Placement", "Home municipality: %1"),
            _pick(context.municipality.names if context else None),
        ),
        # Labelled with the words the window and the command line use for them.
        arg(
            translate("Placement", "Organiser: %1"),
            _pick(context.organiser.names if context else None),
        ),
        arg(
            translate("Placement", "Regional unit: %1"),
            _pick(context.regional_unit.names if context else None),
        ),
        arg(translate("Placement", "Age: %1"), entered.age if entered.age is not None else ""),
        arg(translate("Placement", "Service language: %1"), language_name(entered.language)),
    ]
    if entered.need_text or entered.need_value:
        lines.append(
            arg(translate("Placement", "Need: %1"), entered.need_text or entered.need_value)
        )
    if needs := _needs_line(entered):
        lines.append(needs)
    lines += answered_lines(
        Circumstances.parse(
            entered.education, entered.work, entered.children, entered.expecting, entered.veteran
        )
    )
    lines += [reason_line(r) for r in (snap.client_reasons if snap else ())]
    return Section(translate("Placement", "Client"), tuple(lines))


def _urgent(snap: PlacementSnapshot | None) -> Section | None:
    routes = (snap.urgent_routes if snap else None) or ()
    if not routes:
        return None
    lines: list[str] = []
    for route in routes:
        first, *rest = urgent_route_lines(route)
        lines += [f"! {first}", *[f"    {line}" for line in rest]]
    return Section(urgent_title(), tuple(lines))


def _service(snap: PlacementSnapshot | None) -> Section | None:
    service = snap.service if snap else None
    if not service:
        return None
    lines = [
        _pick(service.names),
        verdict_text(service.verdict, service.reasons),
        *[reason_line(r) for r in service.reasons],
    ]
    choice_set = snap.choice_set if snap else None
    lines += [reason_line(r) for r in (choice_set.reasons if choice_set else ())]
    lines += [route_line(route_json(r)) for r in service.contact_routes]
    return Section(translate("Placement", "Service"), tuple(lines), lead=True)


def _contact_lines(provider: ChosenProvider) -> list[str]:
    location = provider.location
    lines: list[str] = []
    if location:
        street = _pick(location.street)
        place = " ".join(p for p in (location.postal_code, _pick(location.post_office)) if p)
        if address := ", ".join(p for p in (street, place) if p):
            lines.append(arg(translate("Placement", "Address: %1"), address))
        phones = [p.number for p in location.phones if p.number]
        if phones:
            lines.append(arg(translate("Placement", "Phone: %1"), ", ".join(phones)))
        if location.emails:
            lines.append(arg(translate("Placement", "Email: %1"), ", ".join(location.emails)))
    web = [
        *(location.web if location else ()),
        *([provider.provider.web] if provider.provider.web else []),
    ]
    if web:
        lines.append(arg(translate("Placement", "Web: %1"), ", ".join(dict.fromkeys(web))))
    return lines


def provider_title(provider: ChosenProvider) -> str:
    name = _pick(provider.provider.names)
    location = provider.location
    place = _pick(location.names) if location else ""
    return f"{name} \u2014 {place}" if place and place != name else name


def _provider(entered: PlacementInput, snap: PlacementSnapshot | None) -> Section | None:
    provider = snap.provider if snap else None
    choice_set = snap.choice_set if snap else None
    if not provider:
        if choice_set and choice_set.size:
            return Section(
                translate("Placement", "Provider"),
                (translate("Placement", "No provider has been chosen yet."),),
            )
        return None
    lines = [provider_title(provider), *_contact_lines(provider)]
    lines.append(
        arg(
            translate("Placement", "Ranked %1 of %2 in the choice set."),
            provider.rank,
            choice_set.size if choice_set else provider.rank,
        )
    )
    lines += [reason_line(r) for r in provider.reasons]
    if entered.client_choice.strip():
        lines.append(
            arg(translate("Placement", "The client's own words: %1"), entered.client_choice.strip())
        )
    return Section(translate("Placement", "Provider chosen by the client"), tuple(lines), lead=True)


def _others(snap: PlacementSnapshot | None) -> Section | None:
    choice_set = snap.choice_set if snap else None
    chosen = snap.provider.offering_id if snap and snap.provider else None
    offered = choice_set.offered if choice_set else ()
    others = [o for o in offered if o.offering_id != chosen]
    if not others:
        return None
    lines = []
    for o in others[:MAX_OTHERS]:
        name, place = _pick(o.provider_names), _pick(o.location_names)
        lines.append(f"{o.rank}. {name}" + (f" \u2014 {place}" if place and place != name else ""))
    if len(others) > MAX_OTHERS:
        lines.append(translate("Placement", "and %n more.", None, len(others) - MAX_OTHERS))
    return Section(translate("Placement", "Other providers offered"), tuple(lines))


# What a conditional verdict becomes once the client's group is confirmed.
_BY_ACCESS = {
    "direct": Verdict.ELIGIBLE,
    "assessment_decision": Verdict.ASSESSMENT_DECISION,
    "referral": Verdict.REFERRAL,
}


def next_steps(snap: PlacementSnapshot | None) -> list[str]:
    if snap is None:
        return []
    context = snap.context
    service = snap.service
    steps: list[str] = []
    if context.urgent and snap.urgent_routes is None:
        # A record from before the urgent routes: what it said then.
        steps.append(reason_line(Reason(ReasonCode.URGENT_HELPLINE))[2:])
    if not service:
        return steps
    provider = snap.provider
    name = provider_title(provider) if provider else ""
    location = provider.location if provider else None
    phones = [p.number for p in location.phones] if location else []
    verdict = service.verdict
    if verdict is Verdict.CONDITIONAL:
        steps.append(
            translate(
                "Placement",
                "First confirm that the client belongs to the group the service is for (see the reasons above); if not, ask the service guidance about other services.",
            )
        )
        verdict = _BY_ACCESS.get(service.access, Verdict.ELIGIBLE)
    phone_routes = [r for r in service.contact_routes if r.number]
    if verdict is Verdict.ELIGIBLE and not provider and phone_routes:
        steps.append(
            arg(
                translate("Placement", "Call %1: %2 (%3)."),
                _pick(phone_routes[0].names) or _pick(service.names),
                phone_routes[0].number,
                hours_text(route_json(phone_routes[0])),
            )
        )
    if verdict is Verdict.ELIGIBLE and provider:
        if phones:
            steps.append(
                arg(translate("Placement", "Contact %1 to book a time: %2."), name, phones[0])
            )
        else:
            steps.append(arg(translate("Placement", "Contact %1 to book a time."), name))
    elif verdict is Verdict.ASSESSMENT_DECISION:
        steps.append(
            translate(
                "Placement",
                "The organiser's service guidance contacts the client for a service-need assessment.",
            )
        )
        steps.append(
            translate(
                "Placement",
                "An official of the organiser makes an authority decision on the service.",
            )
        )
        voucher = provider.voucher if provider else None
        if provider and voucher:
            steps.append(
                arg(
                    translate(
                        "Placement",
                        "With the decision the client receives a %1 and gives it to %2, who agrees with the client on the start of the service.",
                    ),
                    voucher_kind_text(voucher.kind),
                    name,
                )
            )
        elif provider:
            steps.append(
                arg(
                    translate(
                        "Placement",
                        "After the decision, %1 agrees with the client on the start of the service.",
                    ),
                    name,
                )
            )
    elif verdict is Verdict.REFERRAL:
        steps.append(
            translate(
                "Placement",
                "Book an appointment with a doctor at the client's sote-keskus to get a referral.",
            )
        )
        if provider:
            steps.append(
                arg(
                    translate(
                        "Placement",
                        "With the referral, %1 contacts the client with an appointment.",
                    ),
                    name,
                )
            )
    elif verdict is Verdict.MUNICIPAL:
        steps.append(
            arg(
                translate("Placement", "Contact the municipality of %1 about this service."),
                _pick(context.municipality.names),
            )
        )
    elif verdict is Verdict.OUTSIDE_REFORM:
        steps.append(
            arg(
                translate(
                    "Placement",
                    "Contact the organiser's own social and health services (%1) about this service.",
                ),
                _pick(context.organiser.names),
            )
        )
    elif verdict is Verdict.NOT_ELIGIBLE:
        steps.append(
            translate(
                "Placement",
                "The client is not eligible for this service (see the reasons above): ask the service guidance about other services.",
            )
        )
    if context.interpreter:
        steps.append(
            arg(
                translate("Placement", "Ask for an interpreter (%1) when booking."),
                language_name(context.language),
            )
        )
    return steps


def summary_sections(
    entered: PlacementInput,
    snap: PlacementSnapshot | None,
    *,
    status: str,
    day: dt.date,
    notes: Sequence[str] = (),
) -> list[Section]:
    """The summary in the active language (use ``i18n.language_scope`` to choose it)."""
    meta = [
        arg(translate("Placement", "Date: %1"), i18n.format_date(day)),
        arg(translate("Placement", "Status: %1"), status_text(status)),
    ]
    if entered.client_reference.strip():
        meta.append(
            arg(translate("Placement", "Client reference: %1"), entered.client_reference.strip())
        )
    catalogue = snap.catalogue if snap else None
    if catalogue:
        meta.append(
            arg(
                translate("Placement", "Catalogue: %1, version %2 (installed as number %3)"),
                catalogue.catalogue_id,
                catalogue.version,
                catalogue.version_number,
            )
        )
    if snap and snap.example:
        meta.append(
            arg(
                translate(
                    "Placement", "%1: the catalogue's example records are not real providers."
                ),
                example_marker(),
            )
        )
    sections = [
        Section(translate("Placement", "Placement summary"), tuple(meta)),
        _client(entered, snap),
    ]
    sections += [
        s for s in (_urgent(snap), _service(snap), _provider(entered, snap), _others(snap)) if s
    ]
    if steps := next_steps(snap):
        sections.append(Section(translate("Placement", "Next steps"), tuple(steps), numbered=True))
    written = [n.strip() for n in notes if n.strip()]
    if written:
        sections.append(Section(translate("Placement", "Counsellor's notes"), tuple(written)))
    return sections


def as_text(sections: Sequence[Section]) -> str:
    out: list[str] = []
    for i, section in enumerate(sections):
        if i:
            out.append("")
        out.append(section.title.upper() if i == 0 else section.title)
        for n, line in enumerate(section.lines, 1):
            out.append(f"  {n}. {line}" if section.numbered else f"  {line}")
    return "\n".join(out) + "\n"


def as_html(sections: Sequence[Section], language: str) -> str:
    """The sections as simple HTML for QTextDocument; every text is escaped (catalogue text
    is data, never markup)."""
    parts = [
        f'<html lang="{html.escape(language)}"><body style="font-family: \'DejaVu Sans\', sans-serif; font-size: 10pt;">'
    ]
    for i, section in enumerate(sections):
        tag = "h1" if i == 0 else "h2"
        parts.append(f"<{tag}>{html.escape(section.title)}</{tag}>")
        lines = [html.escape(line) for line in section.lines]
        if section.lead and lines:
            lines[0] = f"<b>{lines[0]}</b>"
        if section.numbered:
            parts.append("<ol>" + "".join(f"<li>{line}</li>" for line in lines) + "</ol>")
        else:
            parts.append("".join(f"<p style='margin: 2px 0;'>{line}</p>" for line in lines))
    parts.append("</body></html>")
    return "".join(parts)


def summary_text(
    entered: PlacementInput,
    snap: PlacementSnapshot | None,
    *,
    status: str,
    day: dt.date,
    notes: Sequence[str] = (),
    language: str | None = None,
) -> str:
    """The plain-text copy for the client record system, in the summary language."""
    with i18n.language_scope(language or entered.effective_summary_language):
        return as_text(summary_sections(entered, snap, status=status, day=day, notes=notes))


def summary_html(
    entered: PlacementInput,
    snap: PlacementSnapshot | None,
    *,
    status: str,
    day: dt.date,
    notes: Sequence[str] = (),
    language: str | None = None,
) -> str:
    lang = language or entered.effective_summary_language
    with i18n.language_scope(lang):
        return as_html(summary_sections(entered, snap, status=status, day=day, notes=notes), lang)
