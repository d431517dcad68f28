"""The one text layer: codes and facts become sentences in the active (or chosen) language.

The Qt-free layers answer with stable codes (``core.errors.Problem``, ``exchange.findings.Code``,
``core.reasons.ReasonCode``, the vocabulary enums) and plain facts; this package words them, once,
for the CLI, the window and the printouts alike. It uses QtCore's translation and locale only,
never widgets. Modules are imported one by one (nothing here), so that the window's first paint
loads only the wording it needs.
"""
