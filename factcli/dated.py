"""Dates said in a question ("on 21 December 2024", "December 19-20", "in 2023", "on
the 21st"), read as a span of days, for yes-or-no questions about when something
happened: "were the talks held on December 21?" is answered by comparing the span
with the date a fact gives. A year or month left out is the fact's own (an article
about December 2024 that says "on the 21st" means December 21, 2024).
Pure text work: no index, no facts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = (r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_RANGE = r"\s*(?:-|\u2013|\u2014|to|and|or)\s*"
# "21 December 2024", "19-20 December", "the 21st of December"
_DAY_FIRST = (rf"(?:the\s+)?{_DAY.format('day')}(?:{_RANGE}{_DAY.format('last')})?\s+(?:of\s+)?{_MONTH.format('month')}"
              rf"(?:,?\s+{_YEAR})?")
# "December 21, 2024", "Dec 19-20", "December 19th"
_MONTH_FIRST = (rf"{_MONTH.format('month')}\s+{_DAY.format('day')}(?:{_RANGE}{_DAY.format('last')})?"
                rf"(?:,?\s+{_YEAR})?")
# "December 2024", "in December"
_MONTH_ONLY = rf"{_MONTH.format('month')}(?:,?\s+{_YEAR})?"
# "on the 21st": a day of the month the fact gives
_DAY_ONLY = rf"\bon\s+the\s+{_DAY.format('day')}(?:{_RANGE}(?:the\s+)?{_DAY.format('last')})?\b"
_YEAR_ONLY = rf"\bin\s+{_YEAR}\b"
_PATTERNS = (_DAY_FIRST, _MONTH_FIRST, _MONTH_ONLY, _DAY_ONLY, _YEAR_ONLY)
# the words that lead into a date, taken out with it ("held on December 21")
_LEAD = r"(?:\s*,)?\s*\b(?:on|in|during|over|from|by|as\s+of|dated)?\s*"


@dataclass(frozen=True)
class Said:
    """A date as the question says it: parts left out are None."""

    year: int | None
    month: int | None
    first_day: int | None
    last_day: int | None
    start: int  # where it is said in the question, its leading "on"/"in" included
    end: int

    def span(self, like: date) -> tuple[date, date] | None:
        """The days said, the parts left out taken from `like` (a date of the fact
        compared with); None when no such day exists ("February 30")."""
        year = self.year or like.year
        try:
            if self.month is None:
                if self.first_day is None:
                    return date(year, 1, 1), date(year, 12, 31)
                month = like.month
            else:
                month = self.month
            if self.first_day is None:
                following = date(year + month // 12, month % 12 + 1, 1)
                return date(year, month, 1), following - timedelta(days=1)
            return date(year, month, self.first_day), date(year, month, self.last_day or self.first_day)
        except ValueError:
            return None


def said_dates(question: str) -> list[Said]:
    """The dates a question says, each once, in the order said."""
    found: list[Said] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in re.finditer(rf"(?i)(?<![\w-]){pattern}(?![\w-])", question):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            if pattern is _MONTH_ONLY and not groups.get("year") and groups["month"].lower() in ("may", "march"):
                continue  # "may have", "march on": verbs, unless a year makes them months
            month = groups.get("month")
            day, last = groups.get("day"), groups.get("last")
            lead = re.search(_LEAD + r"$", question[: match.start()])
            start = lead.start() if lead else match.start()
            found.append(Said(int(groups["year"]) if groups.get("year") else None,
                              _month_number(month) if month else None,
                              int(day) if day else None, int(last) if last else None, start, match.end()))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda s: s.start)


def _month_number(word: str) -> int:
    low = word.lower().rstrip(".")
    return next(i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(low[:3]))


def fact_span(value: str) -> tuple[date, date] | None:
    """An ISO date or `start/end` range as a span of days."""
    first, _, last = value.partition("/")
    try:
        return date.fromisoformat(first), date.fromisoformat(last or first)
    except ValueError:
        return None
