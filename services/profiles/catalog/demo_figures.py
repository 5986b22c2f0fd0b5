"""The figures behind the synthetic demo catalog, each with its source or marked as an assumption.

Sources:

- ``positions``: positions offered per specialty, NRMP "Results and Data: 2026 Main Residency
  Match". Only this one column is kept; the catalog's positions add up to it exactly.
- ``mean_program_size``: positions per program track (categorical, advanced and physician-reserved
  tracks are separate programs in the Match), rounded from the program counts NRMP publishes per
  specialty in "Results and Data". Approximate.
- ``img_share_mean``: share of a specialty's matched positions that go to IMGs (US and non-US),
  rounded from the matched-applicant-type tables of NRMP "Results and Data". Approximate.
- ``step2_min_mean``: centre of published Step 2 CK minimums, by how competitive the specialty is.
  Assumption, informed by minimums that programs list on AMA FREIDA.
- ``IMG_SHARE_CONCENTRATION``: how unevenly IMGs spread over a specialty's programs. Assumption.
- ``code``: the ACGME specialty code, used only to make readable demo ids (ACGME, "Specialties and
  subspecialties" list of program codes).
- ``STATE_WEIGHTS``: residents on duty per state, rounded to the nearest hundred, after AAMC
  "Report on Residents" (table of residents by state). Approximate; used only as weights.
- ``CITIES``: real cities with teaching hospitals; the institutions in them are invented.
- Everything in ``RequirementFigures`` and ``VisaFigures`` is an assumption shaped after program
  listings on AMA FREIDA, ECFMG's J-1 sponsorship (ECFMG is the only J-1 sponsor for clinical
  training, so programs sign up for J-1 far more often than they petition for H-1B) and the NRMP
  Program Director Survey; no public source gives these shares program by program.
"""

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class SpecialtyFigures:
    code: str
    positions: int
    mean_program_size: float
    img_share_mean: float
    step2_min_mean: int


SPECIALTY_FIGURES: Final[dict[str, SpecialtyFigures]] = {
    "Anesthesiology": SpecialtyFigures("040", 2290, 7.5, 0.08, 232),
    "Child Neurology": SpecialtyFigures("185", 243, 2.5, 0.25, 225),
    "Dermatology": SpecialtyFigures("080", 602, 3.6, 0.03, 240),
    "Emergency Medicine": SpecialtyFigures("110", 3198, 11.0, 0.08, 230),
    "Family Medicine": SpecialtyFigures("120", 5491, 7.0, 0.30, 222),
    "Internal Medicine": SpecialtyFigures("140", 11632, 15.0, 0.38, 225),
    "Internal Medicine/Pediatrics": SpecialtyFigures("700", 404, 5.2, 0.05, 230),
    "Interventional Radiology (Integrated)": SpecialtyFigures("416", 245, 2.5, 0.10, 236),
    "Neurological Surgery": SpecialtyFigures("160", 280, 2.4, 0.07, 242),
    "Neurology": SpecialtyFigures("180", 1260, 6.2, 0.28, 225),
    "Obstetrics and Gynecology": SpecialtyFigures("220", 1638, 5.7, 0.07, 230),
    "Orthopaedic Surgery": SpecialtyFigures("260", 963, 4.4, 0.02, 242),
    "Otolaryngology": SpecialtyFigures("280", 403, 2.9, 0.02, 242),
    "Pathology-Anatomic and Clinical": SpecialtyFigures("300", 636, 3.8, 0.35, 222),
    "Pediatrics": SpecialtyFigures("320", 3185, 12.0, 0.17, 225),
    "Physical Medicine and Rehabilitation": SpecialtyFigures("340", 601, 4.6, 0.08, 230),
    "Plastic Surgery (Integrated)": SpecialtyFigures("362", 230, 2.5, 0.03, 242),
    "Psychiatry": SpecialtyFigures("400", 2516, 6.6, 0.20, 225),
    "Public Health and Preventive Medicine": SpecialtyFigures("380", 63, 2.5, 0.20, 222),
    "Radiation Oncology": SpecialtyFigures("430", 187, 1.9, 0.05, 232),
    "Radiology-Diagnostic": SpecialtyFigures("420", 1268, 5.7, 0.10, 236),
    "Surgery-General": SpecialtyFigures("440", 1807, 5.0, 0.12, 232),
    "Thoracic Surgery (Integrated)": SpecialtyFigures("461", 56, 1.6, 0.07, 240),
    "Vascular Surgery (Integrated)": SpecialtyFigures("451", 110, 1.5, 0.10, 236),
}

STATE_WEIGHTS: Final[dict[str, int]] = {
    "NY": 17000, "CA": 12000, "TX": 10000, "PA": 9000, "FL": 7500, "OH": 6500, "IL": 6500,
    "MI": 6000, "MA": 5500, "NJ": 3500, "NC": 3500, "MD": 3000, "GA": 3000, "MO": 2700,
    "TN": 2700, "VA": 2500, "CT": 2300, "WA": 2000, "MN": 2000, "WI": 2000, "LA": 2000,
    "AZ": 2000, "DC": 1900, "IN": 1800, "CO": 1700, "SC": 1500, "AL": 1500, "KY": 1400,
    "OK": 1100, "OR": 1000, "IA": 900, "AR": 900, "WV": 900, "PR": 900, "UT": 800, "RI": 800,
    "KS": 700, "MS": 700, "NE": 700, "NV": 600, "NM": 600, "HI": 400, "DE": 400, "NH": 400,
    "ME": 400, "VT": 300, "ND": 300, "SD": 300, "ID": 200, "MT": 200, "WY": 100, "AK": 100,
}  # fmt: skip

CITIES: Final[dict[str, tuple[str, ...]]] = {
    "AK": ("Anchorage",), "AL": ("Birmingham", "Mobile", "Huntsville"),
    "AR": ("Little Rock", "Fayetteville"), "AZ": ("Phoenix", "Tucson", "Scottsdale"),
    "CA": ("Los Angeles", "San Francisco", "San Diego", "Sacramento", "Fresno", "Oakland"),
    "CO": ("Denver", "Aurora", "Colorado Springs"), "CT": ("New Haven", "Hartford", "Bridgeport"),
    "DC": ("Washington",), "DE": ("Wilmington", "Newark"),
    "FL": ("Miami", "Orlando", "Tampa", "Jacksonville", "Gainesville"),
    "GA": ("Atlanta", "Augusta", "Macon", "Savannah"), "HI": ("Honolulu",),
    "IA": ("Iowa City", "Des Moines"), "ID": ("Boise",),
    "IL": ("Chicago", "Peoria", "Springfield", "Evanston"),
    "IN": ("Indianapolis", "Fort Wayne"), "KS": ("Kansas City", "Wichita"),
    "KY": ("Louisville", "Lexington"), "LA": ("New Orleans", "Shreveport", "Baton Rouge"),
    "MA": ("Boston", "Worcester", "Springfield"), "MD": ("Baltimore", "Bethesda"),
    "ME": ("Portland", "Bangor"), "MI": ("Detroit", "Ann Arbor", "Grand Rapids", "Lansing"),
    "MN": ("Minneapolis", "Rochester", "Saint Paul"), "MO": ("St. Louis", "Kansas City"),
    "MS": ("Jackson",), "MT": ("Billings", "Missoula"),
    "NC": ("Durham", "Chapel Hill", "Charlotte"),
    "ND": ("Fargo", "Bismarck"), "NE": ("Omaha", "Lincoln"), "NH": ("Lebanon", "Concord"),
    "NJ": ("Newark", "New Brunswick", "Camden", "Hackensack"), "NM": ("Albuquerque",),
    "NV": ("Las Vegas", "Reno"), "NY": ("New York", "Bronx", "Brooklyn", "Buffalo", "Rochester"),
    "OH": ("Cleveland", "Columbus", "Cincinnati", "Toledo", "Dayton"),
    "OK": ("Oklahoma City", "Tulsa"), "OR": ("Portland", "Eugene"),
    "PA": ("Philadelphia", "Pittsburgh", "Hershey", "Allentown"), "PR": ("San Juan", "Ponce"),
    "RI": ("Providence",), "SC": ("Charleston", "Columbia", "Greenville"),
    "SD": ("Sioux Falls",), "TN": ("Nashville", "Memphis", "Knoxville", "Chattanooga"),
    "TX": ("Houston", "Dallas", "San Antonio", "Austin", "El Paso", "Lubbock"),
    "UT": ("Salt Lake City",), "VA": ("Richmond", "Charlottesville", "Norfolk"),
    "VT": ("Burlington",), "WA": ("Seattle", "Spokane", "Tacoma"),
    "WI": ("Milwaukee", "Madison"), "WV": ("Morgantown", "Huntington", "Charleston"),
    "WY": ("Casper", "Cheyenne"),
}  # fmt: skip

# Beta(mean * k, (1 - mean) * k) with a small k: most programs take few IMGs, a few take many.
IMG_SHARE_CONCENTRATION: Final[float] = 1.5

INSTITUTION_KINDS: Final[tuple[str, ...]] = (
    "University Hospital", "Medical Center", "Community Hospital",
    "Regional Medical Center", "Health System", "Memorial Hospital",
)  # fmt: skip


@dataclass(frozen=True)
class VisaFigures:
    """P(J-1) = base + slope * IMG share; H-1B is mostly offered by programs that also take J-1."""

    unknown: float = 0.08
    j1_base: float = 0.30
    j1_per_img_share: float = 0.90
    h1b_given_j1: float = 0.40
    h1b_without_j1: float = 0.05


@dataclass(frozen=True)
class RequirementFigures:
    """P(published) for each requirement, its value distribution, and P(strict | published)."""

    step2_published: float = 0.55
    step2_sd: float = 6.0
    step2_floor: int = 220
    step2_ceiling: int = 255
    step2_strict: float = 0.60
    yog_published: float = 0.60
    yog_values: tuple[int, ...] = (1, 2, 3, 5, 7, 10)
    yog_probabilities: tuple[float, ...] = (0.05, 0.10, 0.30, 0.35, 0.10, 0.10)
    yog_strict: float = 0.50
    usce_published: float = 0.50
    usce_months: tuple[int, ...] = (1, 2, 3, 6)
    usce_probabilities: tuple[float, ...] = (0.20, 0.35, 0.30, 0.15)
    usce_strict: float = 0.40
    attempts_published: float = 0.70
    accepts_failed_attempts: float = 0.45
    attempts_strict: float = 0.60
    ecfmg_published: float = 0.60
    ecfmg_required: float = 0.70
    ecfmg_strict: float = 0.70


VISA: Final = VisaFigures()
REQUIREMENTS: Final = RequirementFigures()
