"""PTV's text length limits, as the PTV Open API v11 models declare them.

The v11 OUT templates carry no lengths; the IN models of the same API state them, e.g. for
services "serviceNames (Max.Length: 100)", "serviceDescriptions (Max.Length: 2500
Description) (Max.Length: 2500 ServiceUserInstruction) (Max.Length: 150 ShortDescription)
(Max.Length: 500 ChargeTypeAdditionalInfo)", and the same 100/150/2500 for service channels
and organisations. A catalogue text over these cannot have come from PTV and will not go back.
"""

from __future__ import annotations

# Our localized-text ``type`` → PTV's limit in characters.
NAME = 100
KEYWORD = 150
BY_TYPE: dict[str, int] = {
    "name": NAME,
    "alternative_name": NAME,
    "summary": 150,
    "description": 2500,
    "instructions": 2500,
    "conditions": 2500,
    "charge": 500,
    "keyword": KEYWORD,
}
