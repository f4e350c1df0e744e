"""The audit log page: empty filter fields mean no filter, the chain check answers from its button, and an error
page keeps the navigation."""

from __future__ import annotations

from tests.support.factories import make_practice, make_user, token_headers

HTML = {"accept": "text/html"}


async def test_check_the_chain_button_with_empty_fields_answers_the_check(session, http):
    practice = await make_practice(session)
    admin = await make_user(session, practice, "admin")
    headers = {**await token_headers(session, admin), **HTML}
    page = await http.get("/admin/audit?client_id=&action=&verify=1", headers=headers)
    assert page.status_code == 200
    assert "Audit log" in page.text and "chain" in page.text.lower()
    only_action = await http.get("/admin/audit?client_id=&action=client.", headers=headers)
    assert only_action.status_code == 200


async def test_a_malformed_client_id_is_explained_not_refused(session, http):
    practice = await make_practice(session)
    admin = await make_user(session, practice, "admin")
    page = await http.get("/admin/audit?client_id=0&action=", headers={**await token_headers(session, admin), **HTML})
    assert page.status_code == 200 and "not a valid id" in page.text


async def test_an_error_page_keeps_the_navigation(session, http):
    practice = await make_practice(session)
    admin = await make_user(session, practice, "admin")
    page = await http.get("/admin/audit?before_seq=0", headers={**await token_headers(session, admin), **HTML})
    assert page.status_code == 422
    assert 'href="/admin/audit"' in page.text and "Log out" in page.text
