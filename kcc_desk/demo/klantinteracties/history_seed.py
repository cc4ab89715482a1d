"""Six weeks of a contact centre's work for the team lead's review (training mode and tests).

Several thousand klantcontacten (about 110 per working day, a few e-mails at weekends), by the
8 medewerkers, about the zaken of the ordinary demo callers (never the personas', so their
short, explainable histories stay as they are). About one in five status contacts led to an
interne taak for one of the 5 active teams, some to a team and a medewerker (two actors). Older
referrals are mostly handled; a few stayed open past their term (overdue), as in a real contact
centre for days or a couple of weeks, never months: anything older than ``OPEN_AT_MOST_DAYS``
is handled.

Also, on purpose, the cases the review's definitions must get right:

- contacts not about a zaak (no onderwerpobject, or another object type, or the older
  ``zaak``/``open-zaak`` convention), which are no status contacts;
- ``codeObjecttype`` in other letter cases (``ZGW-ZAAK``), which are;
- contacts near midnight written with ``+01:00`` and with ``Z`` (the local date differs from the
  UTC date);
- a Dutch public holiday in the range: when the six weeks hold none, the working week around
  the latest holiday of the past year is seeded too, with referrals whose term runs over the
  weekend and the holiday (handled by now when that week is months back; the one made on the
  eve of the holiday is left open when it is within the six weeks).

Everything comes from the given ``random.Random`` and ``today``; ``now`` cuts today off (no
contact in the future). Called by the demo server after ``seed_klantinteracties``, with its own
random stream, so the callers' histories seeded before it do not change.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from kcc_desk.demo.klantinteracties.seed_data import QUESTIONS, REFERRALS, TEAM_FOR_KEYWORD
from kcc_desk.demo.klantinteracties.store import KlantinteractiesStore, format_datetime
from kcc_desk.demo.seedtypes import SeedZaak

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DAYS = 42
PER_WORKING_DAY = (95, 125)
REFERRAL_SHARE = 0.22
KANALEN = (("telefoon", 70), ("balie", 15), ("e-mail", 15))
AGENT_WEIGHTS = (16, 14, 14, 6, 14, 12, 12, 12)  # the team leader takes fewer calls
OPEN_AT_MOST_DAYS = 21  # older referrals are all handled: overdue ones are 1-3 weeks late


def _left_open(rng: random.Random, age_days: int) -> bool:
    """Whether a referral made ``age_days`` (calendar days) ago is still open: the last two
    days' mostly, a week's often, up to three weeks' now and then (those are overdue)."""
    if age_days <= 2:
        return True
    # One draw whatever the age, so the rest of the seeded history stays as it was.
    draw = rng.random()
    if age_days <= 5:
        return draw < 0.4
    return draw < 0.04 and age_days <= OPEN_AT_MOST_DAYS


def _uuid(rng: random.Random) -> str:
    """A version-4 uuid from ``rng``, formatted by hand (``uuid.UUID`` is most of the seeding
    time, and training start-up waits for it)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


@lru_cache(maxsize=8)
def _holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year))


def _is_holiday(day: date) -> bool:
    return day in _holidays(day.year)


def history_days(today: date) -> list[date]:
    """The six weeks ending today, plus the week of the latest holiday when they hold none."""
    days = [today - timedelta(days=n) for n in range(DAYS - 1, -1, -1)]
    if any(_is_holiday(d) for d in days):
        return days
    day = days[0] - timedelta(days=1)
    while day > today - timedelta(days=366):
        if _is_holiday(day) and day.weekday() < 5:
            monday = day - timedelta(days=day.weekday())
            return [monday - timedelta(days=3) + timedelta(days=n) for n in range(10)] + days
        day -= timedelta(days=1)
    return days


class _History:
    def __init__(
        self,
        store: KlantinteractiesStore,
        rng: random.Random,
        zaken: Sequence[SeedZaak],
        exclude_callers: Collection[str],
    ) -> None:
        self.store, self.rng, self.zaken = store, rng, list(zaken)
        actors = list(store.all("actoren"))
        self.agents = [a["uuid"] for a in actors if a["soortActor"] == "medewerker"][:8]
        self.teams = {
            a["actoridentificator"]["objectId"]: a["uuid"]
            for a in actors
            if a["soortActor"] == "organisatorische_eenheid" and a.get("indicatieActief")
        }
        self.partij_of: dict[str, str] = {}
        for ident in store.all("partij-identificatoren"):
            object_id = (ident.get("partijIdentificator") or {}).get("objectId")
            if object_id and object_id not in exclude_callers:
                self.partij_of[str(object_id)] = str(ident["identificeerdePartij"])
        self.callers = sorted(self.partij_of.values())  # for contacts not about a zaak

    def team_for(self, zaak: SeedZaak | None) -> str:
        lowered = zaak.zaaktype_omschrijving.lower() if zaak else ""
        for keyword, code in TEAM_FOR_KEYWORD:
            if keyword in lowered and code in self.teams:
                return str(self.teams[code])
        return str(self.rng.choice(sorted(self.teams.values())))

    def contact(
        self,
        when: str,
        kanaal: str,
        agent: str,
        zaak: SeedZaak | None,
        objecttype: str | None = "zgw-Zaak",
    ) -> str:
        rng = self.rng
        onderwerp, inhoud = QUESTIONS[rng.randrange(len(QUESTIONS))]
        zt = zaak.zaaktype_omschrijving.lower() if zaak else "aanvraag"
        kc = self.store.add(
            "klantcontacten",
            {
                "nummer": None,
                "referentienummer": None,
                "kanaal": kanaal,
                "onderwerp": onderwerp.format(zt=zt)[:200],
                "inhoud": inhoud.format(id=zaak.identificatie if zaak else "onbekend")[:1000],
                "reactie": "",
                "indicatieContactGelukt": True,
                "hoofdOnderwerpType": "",
                "verdereActieOndernomen": False,
                "taal": "nld",
                "vertrouwelijk": False,
                "plaatsgevondenOp": when,
                "metadata": {},
            },
            _uuid(rng),
        )
        caller = zaak.initiator_bsn or zaak.initiator_kvk if zaak else None
        partij = self.partij_of.get(caller or "") or rng.choice(self.callers)
        self.store.add(
            "betrokkenen",
            {
                "wasPartij": partij,
                "hadKlantcontact": kc,
                "contactnaam": None,
                "rol": "klant",
                "organisatienaam": "",
                "initiator": True,
            },
            _uuid(rng),
        )
        if objecttype is not None:
            by_url = rng.random() < 0.3
            ident = {
                "objectId": (zaak.url if by_url else zaak.uuid) if zaak else "0363200000123456",
                "codeObjecttype": objecttype,
                "codeRegister": "openzaak" if zaak else "bag",
                "codeSoortObjectId": "url" if by_url else "uuid",
            }
            if objecttype == "zaak":
                ident["codeRegister"] = "open-zaak"
            self.store.add(
                "onderwerpobjecten",
                {
                    "klantcontact": kc,
                    "wasKlantcontact": None,
                    "onderwerpobjectidentificator": ident,
                },
                _uuid(rng),
            )
        self.store.add("actorklantcontacten", {"actor": agent, "klantcontact": kc}, _uuid(rng))
        return kc

    def referral(
        self, kc: str, moment: datetime, zaak: SeedZaak | None, now: datetime, *, open_: bool
    ) -> None:
        rng = self.rng
        actors = [self.team_for(zaak)]
        if rng.random() < 0.08:
            actors.append(rng.choice(self.agents[5:]))  # a team and a specialist: two actors
        assigned = moment + timedelta(seconds=rng.randint(20, 300))
        handled: str | None = None
        if not open_:
            done = assigned + timedelta(hours=rng.choice((2, 5, 20, 26, 47, 70, 100)))
            handled = format_datetime(min(done, now))
        self.store.add(
            "internetaken",
            {
                "nummer": None,
                "referentienummer": None,
                "gevraagdeHandeling": rng.choice(REFERRALS),
                "aanleidinggevendKlantcontact": kc,
                "toegewezenAanActoren": actors,
                "toelichting": "Inwoner is overdag bereikbaar op het bekende telefoonnummer.",
                "status": "te_verwerken" if open_ else "verwerkt",
                "toegewezenOp": format_datetime(assigned),
                "afgehandeldOp": handled,
            },
            _uuid(rng),
        )
        self.store.update("klantcontacten", kc, {"verdereActieOndernomen": True})


def seed_history(
    store: KlantinteractiesStore,
    rng: random.Random,
    zaken: Sequence[SeedZaak],
    *,
    today: date,
    now: datetime | None = None,
    exclude_callers: Collection[str] = (),
) -> int:
    """Add the review history to ``store``; returns the number of klantcontacten added."""
    own = [z for z in zaken if (z.initiator_bsn or z.initiator_kvk) not in exclude_callers]
    history = _History(store, rng, own or zaken, exclude_callers)
    if not (history.agents and history.teams and history.zaken and history.callers):
        return 0
    now = now or datetime.combine(today, time(23, 59), AMSTERDAM)
    kanalen = [k for k, _ in KANALEN]
    weights = [w for _, w in KANALEN]
    added = 0
    for day in history_days(today):
        working = day.weekday() < 5 and not _is_holiday(day)
        count = rng.randint(*PER_WORKING_DAY) if working else rng.randint(0, 5)
        for _ in range(count):
            local = datetime.combine(day, time(8), AMSTERDAM) + timedelta(
                minutes=rng.randrange(0, 9 * 60 + 30)
            )
            moment = local.astimezone(UTC)
            if moment > now:
                continue
            kanaal = rng.choices(kanalen, weights)[0] if working else "e-mail"
            agent = rng.choices(history.agents, AGENT_WEIGHTS[: len(history.agents)])[0]
            zaak: SeedZaak | None = rng.choice(history.zaken)
            roll = rng.random()
            if roll < 0.05:
                objecttype: str | None = "zaak"  # the older convention: not a status contact
            elif roll < 0.08:
                objecttype, zaak = "bag-object", None  # about an address, not a zaak
            elif roll < 0.11:
                objecttype, zaak = None, None  # a general question
            else:
                objecttype = "ZGW-ZAAK" if roll < 0.13 else "zgw-Zaak"
            kc = history.contact(format_datetime(moment), kanaal, agent, zaak, objecttype)
            added += 1
            if rng.random() < REFERRAL_SHARE:
                open_ = _left_open(rng, (today - day).days)
                history.referral(kc, moment, zaak, now, open_=open_)
    added += _edge_cases(history, today, now)
    return added


def _edge_cases(history: _History, today: date, now: datetime) -> int:
    """Near-midnight contacts with both offset notations, on the Tuesday of last week (its
    local date is not its UTC date), and a referral made just before the latest holiday."""
    rng = history.rng
    tuesday = today - timedelta(days=today.weekday() + 6)
    zaak = history.zaken[0]
    agent = history.agents[0]
    wall = datetime.combine(tuesday, time(0, 20))
    plus_one = wall.replace(tzinfo=AMSTERDAM).isoformat()  # e.g. 2026-11-24T00:20:00+01:00
    zulu = format_datetime(datetime.combine(tuesday, time(0, 40), AMSTERDAM))  # 23:40Z
    late = format_datetime(datetime.combine(tuesday, time(23, 50), AMSTERDAM))
    for when in (plus_one, zulu, late):
        kc = history.contact(when, "telefoon", agent, zaak)
        history.referral(
            kc,
            datetime.fromisoformat(when.replace("Z", "+00:00")),
            zaak,
            now,
            open_=rng.random() < 0.5,
        )
    days = [d for d in history_days(today) if _is_holiday(d) and d.weekday() < 5]
    if days:
        eve = days[-1] - timedelta(days=1)
        while eve.weekday() >= 5 or _is_holiday(eve):
            eve -= timedelta(days=1)
        moment = datetime.combine(eve, time(15, 0), AMSTERDAM)
        kc = history.contact(format_datetime(moment), "balie", agent, zaak)
        # Open (its deadline runs over the holiday and the weekend) while it is recent; from a
        # holiday week months back it is handled, like everything else that old.
        recent = (today - eve).days < DAYS
        history.referral(kc, moment.astimezone(UTC), zaak, now, open_=recent)
        return 4
    return 3
