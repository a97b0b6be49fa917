"""The sane range of every number sroi reads: money, hours, months, counts and shares.

Input files and rule files are checked against these ranges where they are read (the models'
fields carry them), so the engine never meets `1e30` hours, a 26-digit amount or a rule that moves
a date 99.999.999 months. Each range lies far beyond any real contract and keeps every figure the
engine computes (totals of a portfolio included) well inside Decimal's 28 digits. A value outside
its range is an error naming the field, what was found and the range (`range_*` messages);
README.md lists the ranges.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

MONEY_MAX = Decimal(10) ** 12  # € 1.000.000.000.000: a thousand billion, above any public contract
DECIMALS_MAX = 6  # decimals of money, hours and shares
HOURS_PER_WEEK_MAX = Decimal(168)  # every hour of a week
HOURS_MAX = Decimal(10) ** 7  # one contribution's activity hours (5.000 people-years)
MONTHS_MAX = 1200  # a hundred years
COUNT_MAX = 100_000  # placements agreed or owed
FACTOR_MAX = Decimal(10)  # a block's share of an invoice (share_of_amount)
HOURS_PER_YEAR_MAX = Decimal(8784)  # every hour of a leap year

# range key -> (lowest, highest); `rangeN_` keys are the messages that state them
RANGES: dict[str, tuple[Decimal, Decimal]] = {
    "range_money": (Decimal(0), MONEY_MAX),
    "range_share": (Decimal(0), Decimal(1)),
    "range_hours_per_week": (Decimal(0), HOURS_PER_WEEK_MAX),
    "range_norm_hours": (Decimal(1), HOURS_PER_WEEK_MAX),
    "range_hours": (Decimal(0), HOURS_MAX),
    "range_hours_per_year": (Decimal(1), HOURS_PER_YEAR_MAX),
    "range_months": (Decimal(0), Decimal(MONTHS_MAX)),
    "range_count": (Decimal(1), Decimal(COUNT_MAX)),
    "range_factor": (Decimal(0), FACTOR_MAX),
}


def within(key: str) -> Any:
    """A validator refusing a number outside the range `key` names (or with more decimals)."""
    low, high = RANGES[key]

    def check(value: Any) -> Any:
        number = value if isinstance(value, Decimal) else Decimal(value)
        exponent = number.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) else DECIMALS_MAX + 1  # NaN, Infinity
        if places > DECIMALS_MAX or not low <= number <= high:
            # the type is the one thing the loaders look for; the context names the message
            raise PydanticCustomError("out_of_range", "out of range {range}", {"range": key})
        return value

    return AfterValidator(check)


def _schema(key: str) -> Any:
    low, high = RANGES[key]
    return Field(json_schema_extra={"minimum": float(low), "maximum": float(high)})


Money = Annotated[Decimal, within("range_money"), _schema("range_money")]
Share = Annotated[Decimal, within("range_share"), _schema("range_share")]
HoursPerWeek = Annotated[Decimal, within("range_hours_per_week"), _schema("range_hours_per_week")]
NormHours = Annotated[Decimal, within("range_norm_hours"), _schema("range_norm_hours")]
Hours = Annotated[Decimal, within("range_hours"), _schema("range_hours")]
HoursPerYear = Annotated[Decimal, within("range_hours_per_year"), _schema("range_hours_per_year")]
Months = Annotated[int, within("range_months"), _schema("range_months")]
MonthsDecimal = Annotated[Decimal, within("range_months"), _schema("range_months")]
Count = Annotated[int, within("range_count"), _schema("range_count")]
Factor = Annotated[Decimal, within("range_factor"), _schema("range_factor")]
