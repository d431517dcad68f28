"""The follow-up list in words: a referral waiting for its decision, the reason of a rejection
or cancellation, the count in the main window. The window and the command line word them here,
so both say the same."""

from __future__ import annotations

from sote_navigator.i18n import arg, translate
from sote_navigator.services.placement_followups import FollowUp, StatusReason


def waiting_text(follow_up: FollowUp) -> str:
    return translate(
        "FollowUp", "Referral %n day(s) ago, no decision yet", None, follow_up.days_waiting
    )


def reason_text(reason: StatusReason) -> str:
    return arg(translate("FollowUp", "Reason: %1"), reason.text)


def count_text(count: int) -> str:
    return translate("FollowUp", "Referrals to follow up: %n", None, count)
