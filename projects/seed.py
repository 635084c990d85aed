"""Seed the focus areas and the projects of the 2024 annual report."""

from pathlib import Path

from osloregionen.core.seeding import (
    bullet_list,
    heading,
    load_facts,
    paragraph,
    upsert_page,
)

from .models import (
    FocusAreaIndexPage,
    FocusAreaPage,
    PrioritisedActivity,
    ProjectActivity,
    ProjectFunding,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)

APP_DIR = Path(__file__).parent
STRUCTURE = load_facts(APP_DIR, "site_structure.json")
FOCUS_AREA_FACTS = load_facts(APP_DIR, "focus_areas.json")
PROJECT_FACTS = {p["id"]: p for p in load_facts(APP_DIR, "projects.json")["projects"]}
UNDATED_ACTIVITIES = load_facts(APP_DIR, "undated_activities.json")["projects"]


def seed(home) -> None:
    focus_areas = seed_focus_areas(home)
    projects = seed_projects(home, focus_areas)
    seed_undated_activities(projects)


def seed_focus_areas(home) -> dict[str, FocusAreaPage]:
    """Create the index and the five areas; return them by name."""
    index = upsert_page(home, FocusAreaIndexPage, **STRUCTURE["focus_area_index"])
    facts_by_name = {area["name"]: area for area in FOCUS_AREA_FACTS["focus_areas_2021_2024"]}
    theme = FOCUS_AREA_FACTS["cross_cutting_theme_2024"]
    facts_by_name[theme["name"]] = theme
    pages = {}
    for shape in STRUCTURE["focus_areas"]:
        facts = facts_by_name[shape["name"]]
        activities = facts.get("prioritised_activities_2021_2024", [])
        pages[shape["name"]] = upsert_page(
            index,
            FocusAreaPage,
            shape["slug"],
            title=shape["name"],
            kind=shape["kind"],
            start_year=shape["start_year"],
            end_year=shape["end_year"],
            intro=_focus_area_intro(facts, shape),
            search_description=f"Prioriteringer, prosjekter, arrangementer og nyheter: {shape['name']}.",
            body=_focus_area_body(facts),
            prioritised_activities=[PrioritisedActivity(text=text) for text in activities],
        )
    return pages


def _focus_area_intro(facts: dict, shape: dict) -> str:
    if shape["kind"] == "tverrgaende":
        return facts["note"]
    guidelines = FOCUS_AREA_FACTS["strategic_guidelines_2021_2024"]["name"]
    return f"Ett av fire innsatsområder i {guidelines}. {facts['activities_2024_summary']}"


def _focus_area_body(facts: dict) -> list[dict]:
    body = [heading("Aktiviteter i 2024"), bullet_list(facts["activities_2024"])]
    if facts.get("admin_group"):
        body.append(paragraph(f"<p>Administrativ oppfølging: {facts['admin_group']}.</p>"))
    return body


def seed_projects(home, focus_areas: dict[str, FocusAreaPage]) -> dict[str, ProjectPage]:
    """Create the index and the projects; return the projects by id."""
    index = upsert_page(home, ProjectIndexPage, **STRUCTURE["project_index"])
    projects = {}
    for shape in STRUCTURE["projects"]:
        facts = PROJECT_FACTS[shape["id"]]
        names = [facts["focus_area"], *facts["related_focus_areas"]]
        projects[shape["id"]] = upsert_page(
            index,
            ProjectPage,
            shape["slug"],
            title=facts["name"],
            search_description=shape["summary"],
            goal=shape["goal"],
            status=shape["status"],
            status_note=shape["status_note"],
            start_year=shape["start_year"],
            end_year=shape["end_year"],
            lead_organisation=shape["lead"],
            body=_project_body(facts, shape),
            partners=[
                ProjectPartner(name=p["name"], role=p["role"], url=p.get("url", ""))
                for p in shape["partners"]
            ],
            funding=[
                ProjectFunding(source=f["source"], period=f["period"], note=f["note"])
                for f in shape["funding"]
            ],
            focus_areas=[focus_areas[name] for name in names],
        )
    return projects


def seed_undated_activities(projects: dict[str, ProjectPage]) -> None:
    """The 2024 activities without a date, on the page of their project (the calendar leaves
    them out). Only for a project with no such rows yet, and not over an editor's draft."""
    for project_id, rows in UNDATED_ACTIVITIES.items():
        # Read again: the instance ``upsert_page`` returns still has the state from before its
        # publication (``has_unpublished_changes`` set by ``save_revision``).
        project = ProjectPage.objects.get(pk=projects[project_id].pk)
        if project.activities.exists() or project.has_unpublished_changes:
            continue
        project.activities = [
            ProjectActivity(
                title=row["title"],
                description=row["description"],
                place=row["place"],
                kind=row["kind"],
                period_note=row["period_note"],
            )
            for row in rows
        ]
        project.save_revision().publish()


# Spellings the seed-data README corrects but the copied facts keep as in the source.
SPELLING_FIXES = {"Sintef": "SINTEF"}


def _fix_spelling(text: str) -> str:
    for wrong, right in SPELLING_FIXES.items():
        text = text.replace(wrong, right)
    return text


def _project_body(facts: dict, shape: dict) -> list[dict]:
    body = [paragraph(f"<p>{facts['description']}</p>"), heading("Nøkkelfakta")]
    body.append(bullet_list([_fix_spelling(fact) for fact in facts["key_facts"]]))
    if facts.get("outputs"):
        body += [heading("Resultater"), bullet_list(facts["outputs"])]
    if facts.get("jury"):
        members = [f"{m['name']} ({m['organisation']}, {m['role']})" for m in facts["jury"]]
        body += [heading("Juryen"), bullet_list(members)]
    if shape.get("links"):
        body.append(
            {
                "type": "links",
                "value": {
                    "heading": "Lenker",
                    "links": [
                        {"page": None, "url": link["url"], "text": link["text"]}
                        for link in shape["links"]
                    ],
                },
            }
        )
    return body
