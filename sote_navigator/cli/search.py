"""``sote-navigator search TEXT``: services, providers, locations and municipalities, best first."""

from __future__ import annotations

from typing import Any

from sote_navigator.cli import common
from sote_navigator.core.catalogue import SearchResult
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.i18n import arg, translate
from sote_navigator.wording.vocabulary import example_marker


def register(subparsers: Any) -> None:
    parser = common.subcommand(
        subparsers,
        "search",
        handle,
        translate(
            "Cli",
            "Find services, providers, locations and municipalities matching words in any "
            "catalogue language.",
        ),
    )
    parser.add_argument(
        "text",
        metavar="TEXT",
        help=translate("Cli", "search words, e.g. \u201chammashoitola\u201d"),
    )
    parser.add_argument(
        "--limit", type=int, default=20, help=translate("Cli", "at most this many results")
    )


def kind_text(kind: EntityKind) -> str:
    return {
        EntityKind.MUNICIPALITY: translate("Search", "municipality"),
        EntityKind.SERVICE: translate("Search", "service"),
        EntityKind.PROVIDER: translate("Search", "provider"),
        EntityKind.LOCATION: translate("Search", "location"),
    }[kind]


def result_json(r: SearchResult, language: str) -> dict[str, Any]:
    return {
        "kind": r.kind.value,
        "id": r.id,
        "name": r.name(language),
        "names": common.names_json(r.names),
        "context": r.context_text(language),
        "example": r.example,
    }


def handle(ctx: common.Context) -> int:
    limit = max(1, min(int(ctx.args.limit), 500))
    results = ctx.workspace().catalogue.search.search(
        ctx.args.text, limit=limit, language=ctx.language
    )
    if ctx.as_json:
        common.emit_json(
            {"query": ctx.args.text, "results": [result_json(r, ctx.language) for r in results]}
        )
    elif not results:
        common.emit(arg(translate("Search", "Nothing matches \u201c%1\u201d."), ctx.args.text))
    else:
        for r in results:
            marker = f" [{example_marker()}]" if r.example else ""
            context = r.context_text(ctx.language)
            suffix = f" \u2014 {context}" if context else ""
            common.emit(f"{kind_text(r.kind)}: {r.name(ctx.language)}{suffix}{marker}")
    return common.EXIT_FOUND if results else common.EXIT_NOTHING_FOUND
