"""Working days of the Russian production calendar (производственный календарь).

The dates come from the ``holidays`` package (``holidays.country_holidays("RU")``): it lists
the public holidays *and* the government's yearly transfers — the weekdays made days off
(e.g. 2 May, 8 May, 13 June, 3 November, 31 December 2025) and the Saturdays made working
days (``weekend_workdays``, e.g. 1 November 2025). ``workalendar`` was considered too, but
its last release is from January 2023, so it does not know the transfers decreed since;
``holidays`` is released monthly and follows each decree. For years the package does not
know yet, only the fixed public holidays and weekends count.
"""

import datetime
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _calendar(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("RU", years=year)


def is_working_day(day: datetime.date) -> bool:
    return _calendar(day.year).is_working_day(day)


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The date ``days`` working days after ``start`` (``start`` itself does not count)."""
    current = start
    remaining = days
    while remaining > 0:
        current += datetime.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 if ``end`` <= ``start``)."""
    if end <= start:
        return 0
    count = 0
    current = start
    while current < end:
        current += datetime.timedelta(days=1)
        if is_working_day(current):
            count += 1
    return count
