"""The validated match instance as flat integer lists the solver can walk quickly.

Applicants are numbered singles first, then couple members (couple c owns n_single + 2c and
n_single + 2c + 1); every list is flattened with an offsets list, CSR style, because the solver's
inner loop indexes plain Python lists far faster than nested structures or numpy scalars.
"""

from dataclasses import dataclass

NULL = -1  # a couple's "no program" side


@dataclass(frozen=True)
class Instance:
    program_ids: list[str]
    capacity: list[int]
    prog_off: list[int]  # program p ranks prog_list[prog_off[p]:prog_off[p + 1]]
    prog_list: list[int]
    applicant_ids: list[str]  # singles, then couple members
    n_single: int
    app_off: list[int]  # single a ranks app_list[app_off[a]:app_off[a + 1]]
    app_list: list[int]
    supplemental: dict[int, dict[int, list[int]]]  # single -> advanced program -> PGY-1 list
    couple_ids: list[str]
    couple_off: list[int]  # couple c ranks pairs couple_off[c]:couple_off[c + 1]
    pair_first: list[int]
    pair_second: list[int]

    @property
    def n_couple(self) -> int:
        return len(self.couple_ids)
