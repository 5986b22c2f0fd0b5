"""The US states and territories a program can be in, and an applicant can prefer or avoid.

USPS codes of the 50 states, DC and the five inhabited territories (Puerto Rico has many ACGME
programs); the importer, profiles and plans validate state codes against this one set.
"""

from typing import Final

US_STATES: Final[frozenset[str]] = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
})  # fmt: skip
