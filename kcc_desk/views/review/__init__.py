"""The team lead's review window: period and team, KPI tiles, the referral queue, charts with
accessible tables, CSV export. Loaded only when the review is opened (QtCharts is heavy)."""
