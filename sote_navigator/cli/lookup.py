"""``sote-navigator lookup TEXT``: who serves this municipality?"""

from __future__ import annotations

from typing import Any

from sote_navigator import i18n
from sote_navigator.cli import common
from sote_navigator.core.catalogue import LookupAnswer, Municipality, Routing
from sote_navigator.i18n import arg, translate
from sote_navigator.wording.vocabulary import language_status_text


def register(subparsers: Any) -> None:
    parser = common.subcommand(
        subparsers,
        "lookup",
        handle,
        translate(
            "Cli",
            "Show the organiser and regional unit of a municipality (name in Finnish or "
            "Swedish, any case, with or without diacritics, or its code).",
        ),
    )
    parser.add_argument(
        "text",
        metavar="TEXT",
        help=translate("Cli", "municipality name or code, e.g. \u201cBorgå\u201d, \u201c049\u201d"),
    )


def handle(ctx: common.Context) -> int:
    answer = ctx.workspace().catalogue.lookup.lookup(ctx.args.text)
    if ctx.as_json:
        common.emit_json(answer_json(answer, ctx.language))
    else:
        for line in answer_lines(answer, ctx.language):
            common.emit(line)
    return common.EXIT_FOUND if answer.routing else common.EXIT_NOTHING_FOUND


def municipality_json(mu: Municipality, language: str) -> dict[str, Any]:
    return {
        "code": mu.code,
        "name": mu.name(language),
        "names": common.names_json(mu.names),
        "language_status": mu.language_status.value,
        "bilingual": mu.language_status.bilingual,
        "region": {"code": mu.region_code, "name": mu.region(language)},
    }


def routing_json(r: Routing, language: str) -> dict[str, Any]:
    return {
        "municipality": municipality_json(r.municipality, language),
        "organiser": {
            "id": r.organiser.id,
            "code": r.organiser.code,
            "kind": r.organiser.kind.value,
            "in_reform": r.organiser.in_reform,
            "name": r.organiser.name(language),
            "names": common.names_json(r.organiser.names),
        },
        "regional_unit": {
            "id": r.regional_unit.id,
            "code": r.regional_unit.code,
            "name": r.regional_unit.name(language),
            "names": common.names_json(r.regional_unit.names),
        },
        "valid_from": r.valid_from.isoformat(),
        "valid_to": r.valid_to.isoformat() if r.valid_to else None,
    }


def answer_json(answer: LookupAnswer, language: str) -> dict[str, Any]:
    data: dict[str, Any] = {"query": answer.query, "found": answer.routing is not None}
    if answer.routing:
        data.update(routing_json(answer.routing, language))
    data["merger"] = (
        None
        if answer.merger is None
        else {
            "former_code": answer.merger.former_code,
            "former_name": answer.merger.former_name(language),
            "merged_on": answer.merger.merged_on.isoformat(),
        }
    )
    data["suggestions"] = [municipality_json(s, language) for s in answer.suggestions]
    return data


def answer_lines(answer: LookupAnswer, language: str) -> list[str]:
    r = answer.routing
    if r is None:
        missing = [
            arg(translate("Lookup", "No municipality is called \u201c%1\u201d."), answer.query)
        ]
        if answer.suggestions:
            names = ", ".join(f"{s.name(language)} ({s.code})" for s in answer.suggestions)
            missing.append(arg(translate("Lookup", "Did you mean: %1?"), names))
        else:
            missing.append(
                translate("Lookup", "Check the spelling, or give the municipality code.")
            )
        return missing
    mu = r.municipality
    other = [v for v in (mu.name("fi"), mu.name("sv")) if v != mu.name(language)]
    title = mu.name(language) + (f" ({other[0]})" if other else "")
    lines: list[str] = []
    if answer.merger:
        lines.append(
            arg(
                translate("Lookup", "%1 merged into %2 on %3."),
                answer.merger.former_name(language),
                mu.name(language),
                i18n.format_date(answer.merger.merged_on, language),
            )
        )
    lines += [
        arg(translate("Lookup", "Municipality: %1, code %2"), title, mu.code),
        arg(
            translate("Lookup", "Language status: %1"),
            language_status_text(mu.language_status),
        ),
    ]
    if mu.language_status.bilingual:
        lines.append(
            translate("Lookup", "Residents are entitled to services in Finnish and in Swedish.")
        )
    lines += [
        arg(translate("Lookup", "Organiser: %1"), r.organiser.name(language)),
        arg(translate("Lookup", "Regional unit: %1"), r.regional_unit.name(language)),
    ]
    if not r.organiser.in_reform:
        lines.append(
            translate(
                "Lookup",
                "Åland organises its own social and health care: it is outside the "
                "wellbeing services county reform, so no county serves this municipality.",
            )
        )
    return lines
