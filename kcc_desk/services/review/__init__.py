"""The team lead's review: status contacts, referrals and their term, read from Klantinteracties.

One module per job: ``period`` (which days), ``worktime`` (the referral term in working hours),
``facts`` (what one klantcontact or interne taak says, no personal data), ``reader`` (concurrent
pages), ``cache`` (per-day facts of closed days), ``kpi`` (the numbers), ``service`` (all of it
for the view and ``kcc-desk report``). No Qt.
"""
