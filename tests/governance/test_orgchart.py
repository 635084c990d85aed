"""The org chart's nesting rules, without the database."""

from types import SimpleNamespace

from governance.orgchart import org_chart


def organ(pk, path, reports_to=None):
    return SimpleNamespace(pk=pk, path=path, reports_to_id=reports_to, steplen=4)


def shape(nodes):
    return [(node.organ.pk, shape(node.children)) for node in nodes]


def test_organ_without_reporting_line_hangs_under_its_parent_page():
    organs = [organ(1, "0001"), organ(2, "00010001", reports_to=1), organ(3, "000100010001")]
    assert shape(org_chart(organs)) == [(1, [(2, [(3, [])])])]


def test_reporting_line_wins_over_the_page_tree():
    organs = [organ(1, "0001"), organ(2, "0002"), organ(3, "00010001", reports_to=2)]
    assert shape(org_chart(organs)) == [(1, []), (2, [(3, [])])]


def test_a_loop_is_broken_instead_of_hiding_organs():
    organs = [organ(1, "0001", reports_to=2), organ(2, "0002", reports_to=1)]
    assert shape(org_chart(organs)) == [(2, [(1, [])])]


def test_reporting_to_an_unpublished_organ_puts_it_at_the_top():
    assert shape(org_chart([organ(1, "0001", reports_to=99)])) == [(1, [])]
