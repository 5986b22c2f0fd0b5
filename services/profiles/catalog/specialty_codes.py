"""ACGME/NRMP specialty codes and names, and which of the 24 Match specialties each one is.

Program lists name a specialty by a three-digit code (the first digits of ACGME program ids, and
digits 5-7 of NRMP program codes, which reuse the ACGME code), by a name, or both. Codes and names
follow the ACGME list of specialties (Accreditation Data System, "Specialties"), with the combined
7xx programs named as in NRMP's program code list. Only categorical residencies in one of the 24
specialties of ``smartpick.events.specialties`` count; subspecialties, transitional years and
combined programs other than Internal Medicine/Pediatrics are not Match specialties here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from smartpick.events.specialties import SPECIALTIES

# ACGME code -> one of the 24. ACGME 380 (Preventive Medicine) holds public health and general
# preventive, occupational and aerospace medicine: one board and code, one Match specialty.
MATCH_SPECIALTY_BY_CODE: Final[dict[str, str]] = {
    "040": "Anesthesiology",
    "185": "Child Neurology",
    "080": "Dermatology",
    "110": "Emergency Medicine",
    "120": "Family Medicine",
    "140": "Internal Medicine",
    "700": "Internal Medicine/Pediatrics",
    "416": "Interventional Radiology (Integrated)",
    "160": "Neurological Surgery",
    "180": "Neurology",
    "220": "Obstetrics and Gynecology",
    "260": "Orthopaedic Surgery",
    "280": "Otolaryngology",
    "300": "Pathology-Anatomic and Clinical",
    "320": "Pediatrics",
    "340": "Physical Medicine and Rehabilitation",
    "362": "Plastic Surgery (Integrated)",
    "400": "Psychiatry",
    "380": "Public Health and Preventive Medicine",
    "430": "Radiation Oncology",
    "420": "Radiology-Diagnostic",
    "440": "Surgery-General",
    "461": "Thoracic Surgery (Integrated)",
    "451": "Vascular Surgery (Integrated)",
}

# Codes that exist but are not one of the 24, named so a rejection says what the row was.
OTHER_SPECIALTY_BY_CODE: Final[dict[str, str]] = {
    "020": "Allergy and Immunology",
    "060": "Colon and Rectal Surgery",
    "100": "Dermatopathology",
    "186": "Neurodevelopmental Disabilities",
    "200": "Nuclear Medicine",
    "240": "Ophthalmology",
    "275": "Osteopathic Neuromusculoskeletal Medicine",
    "360": "Plastic Surgery (independent)",
    "405": "Child and Adolescent Psychiatry",
    "417": "Interventional Radiology (independent)",
    "450": "Vascular Surgery (independent)",
    "460": "Thoracic Surgery (independent)",
    "480": "Urology",
    "705": "Internal Medicine/Emergency Medicine",
    "715": "Internal Medicine/Psychiatry",
    "720": "Psychiatry/Family Medicine",
    "725": "Pediatrics/Emergency Medicine",
    "726": "Pediatrics/Anesthesiology",
    "730": "Pediatrics/Psychiatry/Child and Adolescent Psychiatry",
    "735": "Pediatrics/Physical Medicine and Rehabilitation",
    "742": "Internal Medicine/Anesthesiology",
    "751": "Internal Medicine/Preventive Medicine",
    "752": "Family Medicine/Preventive Medicine",
    "755": "Psychiatry/Neurology",
    "765": "Pediatrics/Medical Genetics",
    "766": "Internal Medicine/Medical Genetics",
    "770": "Diagnostic Radiology/Nuclear Medicine/Nuclear Radiology",
    "785": "Internal Medicine/Dermatology",
    "795": "Emergency Medicine/Family Medicine",
    "796": "Emergency Medicine/Anesthesiology",
    "999": "Transitional Year",
}

# Other spellings of the 24 met in program lists (NRMP names the Match-only integrated programs
# without "(Integrated)"); compared after ``_key`` normalisation.
_ALIASES: Final[dict[str, str]] = {
    "anatomic and clinical pathology": "Pathology-Anatomic and Clinical",
    "pathology": "Pathology-Anatomic and Clinical",
    "child neurology neurology": "Child Neurology",
    "diagnostic radiology": "Radiology-Diagnostic",
    "general surgery": "Surgery-General",
    "surgery": "Surgery-General",
    "internal medicine pediatrics": "Internal Medicine/Pediatrics",
    "medicine pediatrics": "Internal Medicine/Pediatrics",
    "interventional radiology integ": "Interventional Radiology (Integrated)",
    "neurosurgery": "Neurological Surgery",
    "orthopedic surgery": "Orthopaedic Surgery",
    "otolaryngology head and neck surgery": "Otolaryngology",
    "preventive medicine": "Public Health and Preventive Medicine",
    "public health and general preventive medicine": "Public Health and Preventive Medicine",
    "thoracic surgery": "Thoracic Surgery (Integrated)",
    "vascular surgery": "Vascular Surgery (Integrated)",
}


def _key(name: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", name.casefold().replace("&", " and "))
    return " ".join(words.split())


_BY_NAME: Final[dict[str, str]] = {_key(s): s for s in SPECIALTIES} | _ALIASES


@dataclass(frozen=True)
class Resolved:
    """A Match specialty, or ``None`` with a rejection code and a human reason."""

    specialty: str | None
    code: str = ""
    reason: str = ""


def normalize_code(code: str) -> str:
    """``"40"`` and ``"040"`` are the same code: spreadsheets drop leading zeros."""
    code = code.strip()
    return code.zfill(3) if code.isdigit() and len(code) < 3 else code


def match_specialty(code: str | None, name: str | None) -> Resolved:
    """Which of the 24 a row's specialty code and/or name mean; the code wins if both are given."""
    by_name = _BY_NAME.get(_key(name)) if name else None
    if code:
        code = normalize_code(code)
        specialty = MATCH_SPECIALTY_BY_CODE.get(code)
        if specialty is None:
            label = OTHER_SPECIALTY_BY_CODE.get(code) or name or "unknown code"
            reason = f"specialty code {code} ({label}) is not one of the 24 Match specialties"
            return Resolved(None, "not_match_specialty", reason)
        if by_name is not None and by_name != specialty:
            reason = f"specialty code {code} ({specialty}) disagrees with specialty name {name!r}"
            return Resolved(None, "specialty_mismatch", reason)
        return Resolved(specialty)
    if not name:
        return Resolved(None, "missing_specialty", "no specialty code or name")
    if by_name is None:
        reason = f"specialty {name!r} is not one of the 24 Match specialties"
        return Resolved(None, "not_match_specialty", reason)
    return Resolved(by_name)
