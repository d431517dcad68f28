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
from sote_navigator.core.placement import NeedKind
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
from sote_navigator.wording.reasons import language_name, reason_line, reason_text, verdict_text
from sote_navigator.wording.vocabulary import example_marker
from sote_navigator.wording.vouchers import date_text
from sote_navigator.wording.vouchers import kind_text as voucher_kind_text

MAX_OTHERS = 10


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[str, ...]
    numbered: bool = False
    # The first lines name the thing (a service, a provider) and what it is: in bold.
    lead: int = 0
    # Lines of "Label: value" shown as a two-column table in the PDF; a line that starts
    # with a reason's mark (+, •, −) is a list item there, one that starts with "! " a note.
    fields: bool = False


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
        arg(translate("Placement", "Age: %1"), entered.age if entered.age is not None else ""),
        arg(translate("Placement", "Service language: %1"), language_name(entered.language)),
    ]
    if need := _need_words(entered):
        lines.append(arg(translate("Placement", "Need: %1"), need))
    if needs := _needs_line(entered):
        lines.append(needs)
    lines += answered_lines(
        Circumstances.parse(
            entered.education, entered.work, entered.children, entered.expecting, entered.veteran
        )
    )
    lines += [reason_line(r) for r in (snap.client_reasons if snap else ())]
    return Section(translate("Placement", "Client"), tuple(lines), fields=True)


def _need_words(entered: PlacementInput) -> str:
    """The need as the counsellor wrote it or as the chosen class or service is named; never
    a service id or a class code."""
    if entered.need_text:
        return entered.need_text
    return entered.need_value if entered.need_kind == NeedKind.WORDS.value else ""


def _responsible(snap: PlacementSnapshot | None) -> list[str]:
    context = snap.context if snap else None
    # Labelled with the words the window and the command line use for them.
    return [
        arg(
            translate("Placement", "Organiser: %1"),
            _pick(context.organiser.names if context else None),
        ),
        arg(
            translate("Placement", "Regional unit: %1"),
            _pick(context.regional_unit.names if context else None),
        ),
    ]


def _urgent(snap: PlacementSnapshot | None) -> Section | None:
    routes = (snap.urgent_routes if snap else None) or ()
    if not routes:
        return None
    lines: list[str] = []
    for route in routes:
        first, *rest = urgent_route_lines(route)
        lines += [f"! {first}", *[f"    {line}" for line in rest]]
    return Section(urgent_title(), tuple(lines))


# What the client pays: worded in their own section, not among the reasons.
FEE_CODES = frozenset(
    {
        ReasonCode.FEE_ESTIMATE,
        ReasonCode.FEE_TABLE,
        ReasonCode.FEE_NOT_KNOWN,
        ReasonCode.VOUCHER_CHOICE,
        ReasonCode.VOUCHER_PROVIDER,
    }
)
# Said once, as a line of its own, about the chosen place.
PLACE_CODES = frozenset(
    {
        ReasonCode.ACCESSIBLE_PREMISES,
        ReasonCode.NOT_ACCESSIBLE,
        ReasonCode.ACCESSIBILITY_NOT_REPORTED,
        ReasonCode.STALE_INFORMATION,
    }
)


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
    lines += [
        reason_line(r)
        for r in (choice_set.reasons if choice_set else ())
        if r.code not in FEE_CODES
    ]
    lines += [route_line(route_json(r)) for r in service.contact_routes]
    return Section(translate("Placement", "Service"), tuple(lines), lead=2, fields=True)


def _place_lines(provider: ChosenProvider) -> list[str]:
    """The chosen place's hours, accessibility and languages, each said or said not known."""
    location = provider.location
    if location is None:
        return []
    route = {
        "hours": [{"days": h.days, "opens": h.opens, "closes": h.closes} for h in location.hours]
    }
    hours = hours_text(route) if location.hours else translate("Placement", "not known")
    lines = [arg(translate("Placement", "Opening hours: %1"), hours)]
    codes = {r.code for r in provider.reasons}
    if location.accessible:
        access = translate("Placement", "accessible premises")
    elif ReasonCode.NOT_ACCESSIBLE in codes:
        access = translate("Placement", "the premises are not accessible")
    else:
        access = translate("Placement", "not reported")
    lines.append(arg(translate("Placement", "Accessibility: %1"), access))
    languages = location.languages or provider.languages
    if languages:
        lines.append(
            arg(
                translate("Placement", "Service languages: %1"),
                ", ".join(language_name(x) for x in languages),
            )
        )
    return lines


def _freshness(provider: ChosenProvider) -> list[str]:
    return [
        f"! {reason_text(r)}" for r in provider.reasons if r.code is ReasonCode.STALE_INFORMATION
    ]


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
    title = f"{name} \u2014 {place}" if place and place != name else name
    example = provider.example or provider.provider.example or bool(location and location.example)
    # Example data is marked wherever it is shown, the printout a client keeps included.
    return f"{title} [{example_marker()}]" if example else title


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
    lines = [provider_title(provider), *_contact_lines(provider), *_place_lines(provider)]
    lines += _freshness(provider)
    lines.append(
        arg(
            translate("Placement", "Ranked %1 of %2 in the choice set."),
            provider.rank,
            choice_set.size if choice_set else provider.rank,
        )
    )
    lines += [reason_line(r) for r in provider.reasons if r.code not in FEE_CODES | PLACE_CODES]
    if entered.client_choice.strip():
        lines.append(
            arg(translate("Placement", "The client's own words: %1"), entered.client_choice.strip())
        )
    return Section(
        translate("Placement", "Provider chosen by the client"),
        tuple(lines),
        lead=1,
        fields=True,
    )


def _fees(snap: PlacementSnapshot | None) -> Section | None:
    """What the client pays and the vouchers, each with its source and date, or not known."""
    service = snap.service if snap else None
    if snap is None or service is None:
        return None
    said = [r for r in (snap.choice_set.reasons if snap.choice_set else ()) if r.code in FEE_CODES]
    said += [r for r in (snap.provider.reasons if snap.provider else ()) if r.code in FEE_CODES]
    lines = [reason_text(r) for r in said]
    if not any(
        r.code in (ReasonCode.FEE_ESTIMATE, ReasonCode.FEE_TABLE, ReasonCode.FEE_NOT_KNOWN)
        for r in said
    ):
        if service.charge == "free":
            lines.insert(
                0, translate("Placement", "Client fee: free of charge, as the catalogue says.")
            )
        else:
            lines.insert(
                0,
                arg(
                    translate(
                        "Placement", "Client fee: not known in the catalogue: %1 tells the fee."
                    ),
                    _pick(snap.context.organiser.names),
                ),
            )
    return Section(translate("Placement", "Fees and vouchers"), tuple(lines))


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
    head = [
        arg(translate("Placement", "Date: %1"), i18n.format_date(day)),
        *_responsible(snap),
        arg(translate("Placement", "Status: %1"), status_text(status)),
    ]
    if entered.client_reference.strip():
        head.append(
            arg(translate("Placement", "Client reference: %1"), entered.client_reference.strip())
        )
    sections = [
        Section(translate("Placement", "Placement summary"), tuple(head), fields=True),
        _client(entered, snap),
    ]
    sections += [
        s for s in (_urgent(snap), _service(snap), _provider(entered, snap), _fees(snap)) if s
    ]
    if steps := next_steps(snap):
        sections.append(Section(translate("Placement", "Next steps"), tuple(steps), numbered=True))
    if others := _others(snap):
        sections.append(others)
    written = [n.strip() for n in notes if n.strip()]
    if written:
        sections.append(Section(translate("Placement", "Counsellor's notes"), tuple(written)))
    sections.append(_about(snap))
    return sections


def _about(snap: PlacementSnapshot | None) -> Section:
    """Where the information comes from: the catalogue by its name and date, never its id."""
    catalogue = snap.catalogue if snap else None
    lines: list[str] = []
    if catalogue:
        name = _pick(catalogue.names) or translate("Placement", "the service catalogue")
        if catalogue.valid_from:
            lines.append(
                arg(
                    translate(
                        "Placement", "The information is from %1, version %2, valid from %3."
                    ),
                    name,
                    catalogue.version,
                    date_text(catalogue.valid_from),
                )
            )
        else:
            lines.append(
                arg(
                    translate("Placement", "The information is from %1, version %2."),
                    name,
                    catalogue.version,
                )
            )
    if snap and snap.example:
        lines.append(
            arg(
                translate(
                    "Placement", "%1: the catalogue's example records are not real providers."
                ),
                example_marker(),
            )
        )
    lines.append(
        translate(
            "Placement",
            "Made by the service guidance with Sote Navigator. Check times and fees with the provider.",
        )
    )
    return Section(translate("Placement", "About this summary"), tuple(lines))


def as_text(sections: Sequence[Section]) -> str:
    out: list[str] = []
    for i, section in enumerate(sections):
        if i:
            out.append("")
        out.append(section.title.upper() if i == 0 else section.title)
        for n, line in enumerate(section.lines, 1):
            out.append(f"  {n}. {line}" if section.numbered else f"  {line}")
    return "\n".join(out) + "\n"


MARKED = ("+ ", "\u2022 ", "\u2212 ")
NOTE = "! "
ACCENT = "#1f4e79"  # headings and rules: one dark blue, readable in greyscale too
MUTED = "#555555"


def _split_field(line: str) -> tuple[str, str] | None:
    label, sep, value = line.partition(": ")
    if not sep or len(label) > 40:
        return None
    return label, value


def _html_lines(section: Section) -> str:
    """A section's lines as HTML: fields as a table, marked reasons as a list, notes boxed."""
    out: list[str] = []
    rows: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if rows:
            out.append(
                "<table width='100%' cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"
            )
            rows.clear()
        if items:
            out.append("<ul style='margin-top: 2px;'>" + "".join(items) + "</ul>")
            items.clear()

    for n, line in enumerate(section.lines):
        if n < section.lead:
            flush()
            size = "11pt" if n == 0 else "10pt"
            out.append(f"<p style='font-size: {size};'><b>{html.escape(line)}</b></p>")
            continue
        if line.startswith(MARKED):
            if rows:
                flush()
            items.append(f"<li>{html.escape(line[2:])}</li>")
            continue
        if line.startswith(NOTE):
            flush()
            out.append(
                "<table width='100%' cellspacing='0' cellpadding='6' bgcolor='#fff4ce'>"
                f"<tr><td><b>{html.escape(line[2:])}</b></td></tr></table>"
            )
            continue
        field = _split_field(line) if section.fields else None
        if field is not None:
            if items:
                flush()
            label, value = field
            rows.append(
                f"<tr><td width='36%' style='color: {MUTED};'>{html.escape(label)}</td>"
                f"<td>{html.escape(value)}</td></tr>"
            )
            continue
        flush()
        out.append(f"<p style='margin: 2px 0;'>{html.escape(line)}</p>")
    flush()
    return "".join(out)


def as_html(sections: Sequence[Section], language: str) -> str:
    """The sections as a document for QTextDocument: a title with the date, each section
    under a rule; every text is escaped (catalogue text is data, never markup)."""
    parts = [
        f'<html lang="{html.escape(language)}"><body style="font-family: \'DejaVu Sans\', '
        'sans-serif; font-size: 10pt;">'
    ]
    for i, section in enumerate(sections):
        if i == 0:
            parts.append(
                f"<h1 style='color: {ACCENT}; font-size: 17pt;'>{html.escape(section.title)}</h1>"
            )
        elif i == len(sections) - 1:
            parts.append(f"<hr><p style='color: {MUTED}; font-size: 8pt;'>")
            parts.append("<br>".join(html.escape(line) for line in section.lines) + "</p>")
            continue
        else:
            parts.append(
                f"<h2 style='color: {ACCENT}; font-size: 12pt; margin-top: 14px;'>"
                f"{html.escape(section.title)}</h2>"
            )
        if section.numbered:
            lines = [html.escape(line) for line in section.lines]
            parts.append("<ol>" + "".join(f"<li>{line}</li>" for line in lines) + "</ol>")
        else:
            parts.append(_html_lines(section))
        if i == 0:
            parts.append(f"<hr style='color: {ACCENT};'>")
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
