"""``sote-navigator place``: the services, verdicts and ranked choice sets for one client.

It asks the same service as the placement wizard, so both give the same answer.
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from sote_navigator.cli import common
from sote_navigator.cli.circumstances import add_circumstances, yes_no
from sote_navigator.cli.fee_inputs import add_fee_inputs
from sote_navigator.cli.lookup import answer_json, answer_lines
from sote_navigator.core import localized, opening_hours
from sote_navigator.core.contact_routes import route_json, times_json
from sote_navigator.core.placement import Evaluation, ServiceAssessment
from sote_navigator.core.placement_json import evaluation_json
from sote_navigator.core.placement_record import PlacementInput, PlacementStatus
from sote_navigator.core.reasons import Reason, Verdict
from sote_navigator.core.vocabulary import Choice
from sote_navigator.i18n import arg, translate
from sote_navigator.services.placement import MAX_AGE, Placer
from sote_navigator.wording.client_groups import answered_lines
from sote_navigator.wording.contact_routes import route_line, urgent_route_lines, urgent_title
from sote_navigator.wording.reasons import (
    language_name,
    nothing_matches_text,
    reason_line,
    reason_text,
    verdict_text,
)
from sote_navigator.wording.summary import status_text
from sote_navigator.wording.vocabulary import example_marker

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def _age(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_AGE:
        raise argparse.ArgumentTypeError(
            arg(translate("Cli", "give the age in whole years, 0 to %1"), MAX_AGE)
        )
    return value


def _language(text: str) -> str:
    value = text.strip().lower()
    if not _LANGUAGE.match(value):
        raise argparse.ArgumentTypeError(
            translate("Cli", "give fi, sv or another language code such as ru or en")
        )
    return value


def _postal_code(text: str) -> str:
    value = text.strip()
    if not re.fullmatch(r"\d{5}", value):
        raise argparse.ArgumentTypeError(translate("Cli", "give a postal code of five digits"))
    return value


def register(subparsers: Any) -> None:
    parser = common.subcommand(
        subparsers,
        "place",
        handle,
        translate(
            "Cli",
            "Show the services that fit a client's need, with verdicts, reasons and the "
            "ranked providers the client may choose.",
        ),
    )
    parser.add_argument(
        "--municipality",
        required=True,
        metavar="TEXT",
        help=translate("Cli", "home municipality: name in Finnish or Swedish, or its code"),
    )
    parser.add_argument(
        "--age", required=True, type=_age, metavar="N", help=translate("Cli", "age in years")
    )
    parser.add_argument(
        "--language",
        required=True,
        type=_language,
        metavar="fi|sv|OTHER",
        help=translate(
            "Cli", "service language: fi, sv, or another language code (needs an interpreter)"
        ),
    )
    parser.add_argument(
        "--need",
        required=True,
        metavar="TEXT",
        help=translate("Cli", "the need in words, a service id or a service class code"),
    )
    parser.add_argument(
        "--urgent", action="store_true", help=translate("Cli", "the need is urgent")
    )
    parser.add_argument(
        "--home-visit",
        action="store_true",
        help=translate("Cli", "the client cannot travel: home visits are needed"),
    )
    parser.add_argument(
        "--accessible", action="store_true", help=translate("Cli", "accessible premises are needed")
    )
    parser.add_argument(
        "--evening",
        action="store_true",
        help=translate("Cli", "evening or weekend opening hours are needed"),
    )
    parser.add_argument(
        "--postal-code",
        type=_postal_code,
        metavar="NNNNN",
        help=translate(
            "Cli",
            "the client's postal code: places are ordered nearest first from it (not stored "
            "unless the placement is saved)",
        ),
    )
    parser.add_argument(
        "--all-providers",
        action="store_true",
        help=translate("Cli", "list every provider of each choice set, not only the best"),
    )
    parser.add_argument(
        "--interpreter",
        action="store_true",
        help=translate("Cli", "an interpreter is needed, also in Finnish or Swedish"),
    )
    add_circumstances(parser)
    add_fee_inputs(parser)
    save = parser.add_argument_group(translate("Cli", "recording the placement"))
    save.add_argument(
        "--save",
        action="store_true",
        help=translate("Cli", "save the placement record in the database"),
    )
    save.add_argument(
        "--service",
        metavar="ID",
        help=translate("Cli", "the service placed into (default: the first one that fits)"),
    )
    save.add_argument(
        "--offering",
        metavar="ID",
        help=translate("Cli", "the provider the client chose, by offering id (default: the best)"),
    )
    save.add_argument(
        "--status",
        choices=[s.value for s in SAVE_STATUSES],
        default=PlacementStatus.DRAFT.value,
        help=translate("Cli", "status of the record (default: draft)"),
    )
    save.add_argument(
        "--client-ref",
        default="",
        metavar="TEXT",
        help=translate("Cli", "a pseudonymous client reference (never a personal identity code)"),
    )
    save.add_argument(
        "--note", default="", metavar="TEXT", help=translate("Cli", "the counsellor's note")
    )


def entered_from(args: argparse.Namespace) -> PlacementInput:
    return PlacementInput(
        education=args.education or "",
        work=args.work or "",
        children=args.children or "",
        expecting=yes_no(args.expecting),
        veteran=yes_no(args.veteran),
        municipality=args.municipality,
        age=args.age,
        language=args.language,
        interpreter=args.interpreter,
        show_all_providers=args.all_providers,
        urgent=args.urgent,
        home_visit=args.home_visit,
        accessible=args.accessible,
        evening=args.evening,
        postal_code=args.postal_code or "",
        need_text=args.need,
        household_size=args.household,
        gross_income=args.income or "",
        net_income=args.net_income or "",
        care_hours=args.care_hours,
    )


def handle(ctx: common.Context) -> int:
    placer = ctx.workspace().placer
    answer = placer.find_municipality(ctx.args.municipality)
    if answer.routing is None:
        for line in answer_lines(answer, ctx.language):
            common.fail(line)
        return common.EXIT_BAD_INPUT
    entered = entered_from(ctx.args)
    entered.municipality_code = answer.routing.municipality.code
    need = placer.need(ctx.args.need)
    # The need as the wizard's need step stores it: the record's evaluation follows it.
    entered.need_kind, entered.need_value = need.kind.value, need.value
    evaluation = placer.evaluate(
        placer.context(entered),
        need,
        show_all=ctx.args.all_providers,
        keep=[ctx.args.offering] if ctx.args.offering else (),
    )
    if ctx.as_json:
        raw = evaluation_json(evaluation)
        now = opening_hours.now()
        for service in raw["services"]:
            for route in service["contact_routes"]:
                route.update(times_json(route, now))  # open now, from the full hours
        data = json_with_texts(raw, ctx.language)
        # A merged municipality is answered for its successor: say so, never silently.
        data["merger"] = answer_json(answer, ctx.language)["merger"]
        common.emit_json(data)
    else:
        merged = answer_lines(answer, ctx.language)[:1] if answer.merger else []
        for line in [*merged, *evaluation_lines(evaluation, ctx.language)]:
            common.emit(line)
    if not evaluation.services:
        return common.EXIT_NOTHING_FOUND
    if ctx.args.save:
        return _save(ctx, placer, entered, evaluation)
    return common.EXIT_FOUND


SAVE_STATUSES = (PlacementStatus.DRAFT, PlacementStatus.REFERRED, PlacementStatus.DECIDED)
_PLACEABLE = (Verdict.ELIGIBLE, Verdict.ASSESSMENT_DECISION, Verdict.REFERRAL)
# Also an answer worth recording: "contact the municipality" or "Åland organises it".
_RECORDABLE = (*_PLACEABLE, Verdict.MUNICIPAL, Verdict.OUTSIDE_REFORM)


def _save(
    ctx: common.Context, placer: Placer, entered: PlacementInput, evaluation: Evaluation
) -> int:
    """Record the placement as the wizard's Finish does: one service call commits it."""
    args = ctx.args
    chosen = (
        evaluation.assessment(args.service)
        if args.service
        else next((a for a in evaluation.services if a.verdict in _PLACEABLE), None)
        or next((a for a in evaluation.services if a.verdict in _RECORDABLE), None)
    )
    if chosen is not None and chosen.verdict is Verdict.CONDITIONAL:
        common.fail(
            translate(
                "Cli",
                "The service is only for a client group the client is not confirmed to be in: "
                "give the circumstance named in its reasons (e.g. --education), then save.",
            )
        )
        return common.EXIT_BAD_INPUT
    if chosen is None or chosen.verdict not in _RECORDABLE:
        common.fail(
            translate(
                "Cli",
                "No service that fits can be recorded: choose one with --service ID "
                "from the list above.",
            )
        )
        return common.EXIT_BAD_INPUT
    providers = chosen.choice_set.providers if chosen.choice_set else ()
    offering = (
        next((p.offering for p in providers if p.offering.id == args.offering), None)
        if args.offering
        else (providers[0].offering if providers else None)
    )
    if args.offering and offering is None:
        common.fail(
            arg(
                translate(
                    "Cli",
                    "The offering %1 is not in the choice set of this service: choose one "
                    "listed above.",
                ),
                args.offering,
            )
        )
        return common.EXIT_BAD_INPUT
    entered.service_id = chosen.service.id
    entered.offering_id = offering.id if offering else ""
    entered.client_reference = args.client_ref
    entered.notes = args.note
    entered.status = args.status
    entered.summary_language = ""  # as the wizard leaves it: the client's language
    record = ctx.workspace().records.commit(None, entered)
    message = arg(
        translate("Cli", "Saved placement %1 (%2)."), record.id, status_text(record.status.value)
    )
    (common.fail if ctx.as_json else common.emit)(message)
    return common.EXIT_FOUND


def json_with_texts(data: Any, language: str, key: str = "") -> Any:
    """Names as {language: value} plus the name in ``language``; every reason worded."""
    if isinstance(data, list):
        if data and all(isinstance(t, dict) and "language" in t and "value" in t for t in data):
            return common.names_json(data)
        items = [json_with_texts(v, language) for v in data]
        if key.endswith("reasons") or key == "urgent_routes":
            for item, raw in zip(items, data, strict=True):
                item["text"] = reason_text(Reason.from_json(raw))
        return items
    if isinstance(data, dict):
        out = {k: json_with_texts(v, language, k) for k, v in data.items()}
        if isinstance(data.get("names"), list):
            out["name"] = localized.pick(data["names"], language)
        if "verdict" in data:
            reasons = [Reason.from_json(r) for r in data.get("reasons") or ()]
            out["verdict_text"] = verdict_text(Verdict(data["verdict"]), reasons)
        return out
    return data


def _marker(example: bool) -> str:
    return f" [{example_marker()}]" if example else ""


def ways_in_lines(a: ServiceAssessment) -> list[str]:
    """Phone lines, e-services, web pages and forms of the service."""
    if not a.routes:
        return []
    lines = ["   " + translate("Place", "Ways in by phone or online:")]
    now = opening_hours.now()
    return lines + [f"     \u2022 {route_line(route_json(r), now)}" for r in a.routes]


def assessment_lines(number: int, a: ServiceAssessment, language: str) -> list[str]:
    title = f"{a.service.name(language)} \u2014 {verdict_text(a.verdict, a.reasons)}"
    lines = [f"{number}. {title}{_marker(a.service.example)}"]
    lines += [f"   {reason_line(r)}" for r in a.reasons]
    lines += ways_in_lines(a)
    if a.choice_set is None:
        return lines
    lines += [f"   {reason_line(r)}" for r in a.choice_set.reasons]
    if a.choice_set.providers:
        lines.append("   " + choice_set_title(a.verdict, a.choice_set.choice, a.choice_set.total))
    for p in a.choice_set.providers:
        o = p.offering
        title = o.provider.name(language)
        if o.location and o.location.name(language) != title:
            title += f" \u2014 {o.location.name(language)}"
        lines.append(f"     {p.rank}. {title}{_marker(o.any_example)}")
        if o.location and o.location.address(language):
            lines.append(f"        {o.location.address(language)}")
        lines += [f"        {reason_line(r)}" for r in p.reasons]
    if a.choice_set.not_shown:
        lines.append(
            "     "
            + translate(
                "Place",
                "\u2026 and %n more, ranked lower (list them with --all-providers).",
                None,
                a.choice_set.not_shown,
            )
        )
    return lines


def urgent_lines(evaluation: Evaluation) -> list[str]:
    """The urgent routes: a heading, then each route's sentence and its numbers."""
    if not evaluation.urgent_routes:
        return []
    lines = [urgent_title()]
    for route in evaluation.urgent_routes:
        first, *rest = urgent_route_lines(route)
        lines.append(f"  ! {first}")
        lines += [f"      {line}" for line in rest]
    return lines


def choice_set_title(verdict: Verdict, choice: Choice, total: int) -> str:
    """A free choice is offered as one; a referral or the client's own unit is not."""
    if verdict is Verdict.REFERRAL:
        return translate("Place", "With a referral, treated by (%n provider(s)):", None, total)
    if choice is Choice.OWN_UNIT:
        return translate(
            "Place", "Provided by the client's own unit, not chosen (%n provider(s)):", None, total
        )
    return translate("Place", "Choice set, best first (%n provider(s)):", None, total)


def evaluation_lines(evaluation: Evaluation, language: str) -> list[str]:
    c = evaluation.context
    r = c.routing
    lines = [
        arg(
            translate("Place", "%1: %2, %3"),
            r.municipality.name(language),
            r.organiser.name(language),
            r.regional_unit.name(language),
        ),
        arg(
            translate("Place", "Client: %1 years, service language %2"),
            c.age,
            language_name(c.language),
        ),
    ]
    lines += [f"  {line}" for line in answered_lines(c.circumstances)]
    lines += [f"  {reason_line(x)}" for x in evaluation.client_reasons]
    lines += urgent_lines(evaluation)
    lines.append(arg(translate("Place", "Need: %1"), evaluation.need.value))
    if not evaluation.services:
        lines.append(nothing_matches_text())
    for i, a in enumerate(evaluation.services, 1):
        lines.append("")
        lines += assessment_lines(i, a, language)
    return lines
