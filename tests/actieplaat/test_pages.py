"""The action plate, its themes and elements, the route map and the guide."""

import re

import pytest

from demo import content_network, content_plate
from tests.helpers import page_by_slug, text_of

pytestmark = pytest.mark.django_db


def test_plate_is_drawn_as_a_grid_of_four_themes_with_five_numbered_elements(client):
    html = text_of(client.get("/actieplaat/"))
    themes = re.findall(r'<li class="plate__theme theme--(\w+)">', html)
    assert len(themes) == 4
    numbers = re.findall(r'<span class="tile__number">(\d\.\d)</span>', html)
    assert numbers == [f"{t}.{e}" for t in range(1, 5) for e in range(1, 6)]
    for theme in content_plate.PLATE["themes"]:
        assert theme["title"] in html
        for element in theme["elements"]:
            assert f"/actieplaat/{theme['slug']}/{element['slug']}/" in html


def test_plate_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    client.get("/actieplaat/")
    with django_assert_max_num_queries(25):
        client.get("/actieplaat/")


def test_theme_page_lists_its_elements(client):
    theme = content_plate.PLATE["themes"][1]
    html = text_of(client.get(f"/actieplaat/{theme['slug']}/"))
    assert theme["question"] in html
    for element in theme["elements"]:
        assert element["title"] in html
    assert "Thema 2 van de actieplaat" in html


def test_element_page_explains_asks_and_shows_its_cases(client):
    theme = content_plate.PLATE["themes"][3]
    element = theme["elements"][0]
    response = client.get(f"/actieplaat/{theme['slug']}/{element['slug']}/")
    html = text_of(response)
    assert response.status_code == 200
    assert element["explanation"][0][:60].replace("'", "&#x27;") in html
    for question in element["questions"]:
        assert question.replace("'", "&#x27;") in html
    illustrating = [c for c in content_network.CASES if element["slug"] in c["elements"]]
    assert illustrating
    for case in illustrating:
        assert case["title"] in html
    assert "4.1" in html
    assert 'rel="next"' in html


def test_element_page_lists_a_newly_published_case_and_only_its_own(client):
    """The cases come from the cases app (its wagtail_hooks), newest first."""
    from bs4 import BeautifulSoup

    from cases.factories import CasePageFactory

    element = page_by_slug("centraal-loket")
    other = page_by_slug("elkaar-leren-kennen")
    case = CasePageFactory(
        parent=page_by_slug("praktijkvoorbeelden"), title="Een loket voor de regio", live=False
    )
    case.elements.add(element)
    case.save_revision().publish()

    soup = BeautifulSoup(text_of(client.get(element.url)), "html.parser")
    cards = soup.find(id="cases-heading").parent.select(".card__title")
    assert cards[0].get_text(strip=True) == "Een loket voor de regio"
    assert "Een loket voor de regio" not in text_of(client.get(other.url))


def test_route_map_has_ordered_steps_with_questions_for_both_sides_and_a_checklist(client):
    data = content_network.ROUTEMAP
    html = text_of(client.get(page_by_slug(data["slug"]).url))
    positions = [html.index(step["title"].replace("'", "&#x27;")) for step in data["steps"]]
    assert positions == sorted(positions)
    assert "Uitlenende organisatie" in html
    assert "Inlenende organisatie" in html
    checkboxes = re.findall(r'<input type="checkbox" id="(check-\d+-\d+)"', html)
    labels = re.findall(r'<label for="(check-\d+-\d+)">', html)
    assert checkboxes and checkboxes == labels
    assert len(checkboxes) == sum(len(step["checklist"]) for step in data["steps"])
    assert "Aansprakelijkheid bij ziekte of ongeval" in html  # topics are labelled
    assert "data-print" in html


def test_guide_has_a_table_of_contents_linking_to_its_sections(client):
    data = content_plate.GUIDE
    html = text_of(client.get(page_by_slug(data["slug"]).url))
    anchors = re.findall(r'<a href="#([\w-]+)">', html)
    assert len(anchors) == len(data["sections"])
    for anchor in anchors:
        assert f'id="{anchor}"' in html
