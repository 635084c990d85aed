"""Rules editors meet when they enter memberships and agendas."""

from collections import Counter

from django.core.validators import RegexValidator

case_number_validator = RegexValidator(
    r"^[0-9]{1,3}/[0-9]{2}\Z",
    "Saksnummeret skrives som løpenummer/år med to sifre, for eksempel 12/24.",
)


def duplicate_case_numbers(case_numbers) -> set[str]:
    """The case numbers that appear more than once (empty ones do not count)."""
    counts = Counter(number.strip() for number in case_numbers if number and number.strip())
    return {number for number, count in counts.items() if count > 1}


def duplicate_case_message(number: str) -> str:
    return f"Saksnummeret {number} står flere ganger i sakslisten. Hver sak må ha sitt eget nummer."


def end_before_start_message() -> str:
    return "Sluttdatoen kan ikke være før startdatoen."
