"""The 24 specialties of the NRMP Main Residency Match that Smart Pick knows.

Names as NRMP "Results and Data: 2026 Main Residency Match" prints them; every service,
the importer and the engine validate specialty names against this one list.
"""

from typing import Final

SPECIALTIES: Final[tuple[str, ...]] = (
    "Anesthesiology",
    "Child Neurology",
    "Dermatology",
    "Emergency Medicine",
    "Family Medicine",
    "Internal Medicine",
    "Internal Medicine/Pediatrics",
    "Interventional Radiology (Integrated)",
    "Neurological Surgery",
    "Neurology",
    "Obstetrics and Gynecology",
    "Orthopaedic Surgery",
    "Otolaryngology",
    "Pathology-Anatomic and Clinical",
    "Pediatrics",
    "Physical Medicine and Rehabilitation",
    "Plastic Surgery (Integrated)",
    "Psychiatry",
    "Public Health and Preventive Medicine",
    "Radiation Oncology",
    "Radiology-Diagnostic",
    "Surgery-General",
    "Thoracic Surgery (Integrated)",
    "Vascular Surgery (Integrated)",
)

SPECIALTY_SET: Final[frozenset[str]] = frozenset(SPECIALTIES)
