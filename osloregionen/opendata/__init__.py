"""Open data: the site's members, organs, events, publications and annual-report figures as CSV
and JSON at ``/data/<slug>.csv`` and ``/data/<slug>.json``, listed on the catalogue ``/data/``.

- ``registry``: what a dataset is (its columns, rows, the page it belongs to) and the licence;
- ``datasets``: the datasets, read from live, public pages of the active language's locale;
- ``formats``: the CSV and JSON files;
- ``structured_data``: schema.org ``Dataset`` / ``DataCatalog`` JSON-LD;
- ``views``: the catalogue and the files.

Like ``osloregionen.feeds`` it sits above the apps it reads and no app imports it; the pages
link their datasets with ``{% open_data_links %}`` (``osloregionen.core.templatetags``).
"""
