"""Each program's tentatively held applicants, kept as flags over its own rank list.

A program holding applicants at ranks {2, 5, 9} has held[off + 2], held[off + 5] and held[off + 9]
set and worst = 9. Finding the next worst after an eviction scans upwards from the old worst; that
pointer only retreats when a holder leaves, so the scans cost little in total, and everything stays
in flat Python lists that the solver's inner loop can index directly.
"""

from matchsim.model import Instance


class Seats:
    def __init__(self, instance: Instance) -> None:
        self.capacity = instance.capacity
        self.off = instance.prog_off
        self.members = instance.prog_list
        self.held = [False] * len(instance.prog_list)
        self.count = [0] * len(instance.capacity)
        self.worst = [-1] * len(instance.capacity)
        # programs that lost a holder by withdrawal: only there can a rejected applicant now block
        self.vacated: set[int] = set()

    def seat(self, p: int, rank: int) -> None:
        self.held[self.off[p] + rank] = True
        self.count[p] += 1
        if rank > self.worst[p]:
            self.worst[p] = rank

    def release(self, p: int, rank: int) -> None:
        """Free the seat held at `rank`, keeping `worst` exact."""
        base = self.off[p]
        self.held[base + rank] = False
        self.count[p] -= 1
        if rank == self.worst[p]:
            rank -= 1
            while rank >= 0 and not self.held[base + rank]:
                rank -= 1
            self.worst[p] = rank

    def evict_worst(self, p: int) -> int:
        """Drop the least preferred holder and return that applicant."""
        worst = self.worst[p]
        applicant = self.members[self.off[p] + worst]
        self.release(p, worst)
        return applicant

    def admits(self, p: int, ranks: tuple[int, ...], ignored: tuple[int, ...] = ()) -> bool:
        """Would p keep all applicants at `ranks`, choosing among its holders and them?

        Every one survives iff enough other holders rank below the worst of them to make room;
        `ignored` names those of `ranks` already held (a couple member who would stay put).
        """
        if min(ranks) < 0:
            return False
        need = self.count[p] - len(ignored) + len(ranks) - self.capacity[p]
        top, base, held = max(ranks), self.off[p], self.held
        rank = self.worst[p]
        while need > 0 and rank > top:
            if held[base + rank] and rank not in ignored:
                need -= 1
            rank -= 1
        return need <= 0
