"""The org chart: organs nested by whom they report to, read by a screen reader as a nested list."""

from dataclasses import dataclass, field


@dataclass
class OrgChartNode:
    organ: object
    children: list["OrgChartNode"] = field(default_factory=list)


def org_chart(organs) -> list[OrgChartNode]:
    """Nest ``organs`` (in tree order) under the organ each reports to.

    An organ without «Rapporterer til» hangs under the organ page it sits under in the page tree
    (a faggruppe under «Faggrupper»), or at the top. A reporting line that would loop is ignored.
    """
    organs = list(organs)
    nodes = {organ.pk: OrgChartNode(organ) for organ in organs}
    by_path = {organ.path: organ.pk for organ in organs}
    superior = {}
    for organ in organs:
        candidate = organ.reports_to_id or by_path.get(organ.path[: -organ.steplen])
        if candidate in nodes and not _reaches(superior, candidate, organ.pk):
            superior[organ.pk] = candidate
    roots = []
    for organ in organs:
        parent = superior.get(organ.pk)
        (nodes[parent].children if parent else roots).append(nodes[organ.pk])
    return roots


def _reaches(superior: dict, start, target) -> bool:
    current = start
    while current is not None:
        if current == target:
            return True
        current = superior.get(current)
    return False
