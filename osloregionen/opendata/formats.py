"""The files: CSV (RFC 4180) and JSON, from the same rows.

- **CSV**: UTF-8 without a byte order mark, comma-separated, CRLF line ends, quoted only where
  a value needs it, one header row with the column names. A list is one cell with its items
  joined by «; », a date ``2024-03-18``, a time ``2024-09-18T09:00:00+02:00``, a yes/no
  ``true``/``false``, an unknown value an empty cell. Values are written as the editors typed
  them (no spreadsheet-formula escaping: the data stays exact for programs that read it).
- **JSON**: one object, ``{"metadata": {...}, "items": [...]}``; the items are objects with the
  same keys as the CSV columns, lists as arrays, numbers as numbers, an unknown value ``null``.
"""

import csv
import io
import json
from datetime import date, datetime


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(csv_cell(item) for item in value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def to_csv(dataset, rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out)  # the "excel" dialect: comma, CRLF, minimal quoting (RFC 4180)
    writer.writerow(dataset.column_names)
    for row in rows:
        writer.writerow([csv_cell(row[name]) for name in dataset.column_names])
    return out.getvalue()


def json_value(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def to_json(metadata: dict, dataset, rows) -> str:
    items = [{name: json_value(row[name]) for name in dataset.column_names} for row in rows]
    return json.dumps({"metadata": metadata, "items": items}, ensure_ascii=False, indent=2)
