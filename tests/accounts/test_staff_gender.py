"""A member of staff's gender as they wish it shown to clients (optional, for intake matching): set by the clinician
on their account page, by an admin on the users page or the API; "prefer not to say" is a choice; clients have none."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from alliance.accounts import service
from alliance.accounts.models import Role, User
from alliance.accounts.schemas import UserUpdate
from alliance.errors import BadRequest
from tests.support.factories import PASSWORD, actor, make_client, make_practice, make_user, token_headers


async def _fresh(session, user_id):  # noqa: ANN001, ANN202
    return (await session.execute(select(User).where(User.id == user_id)
                                  .execution_options(populate_existing=True))).scalar_one()


async def test_a_clinician_sets_and_clears_their_gender_on_the_account_page(session, http) -> None:
    p = await make_practice(session)
    me = await make_user(session, p, password=PASSWORD)
    headers = await token_headers(session, me)
    page = (await http.get("/account", headers=headers)).text
    assert "My gender, as I wish it shown to clients (optional)" in page
    assert '<option value="prefer_not_to_say">Prefer not to say</option>' in page
    saved = await http.post("/account/preferences", data={"display_name": "Dr Ana Ruiz", "timezone": "",
                                                         "gender": "woman"}, headers=headers)
    assert saved.status_code == 303
    assert (await _fresh(session, me.id)).gender == "woman"
    page = (await http.get("/account", headers=headers)).text
    assert '<option value="woman" selected>Woman</option>' in page
    await http.post("/account/preferences", data={"display_name": "Dr Ana Ruiz", "timezone": "",
                                                  "gender": "prefer_not_to_say"}, headers=headers)
    assert (await _fresh(session, me.id)).gender == "prefer_not_to_say"
    # A form without the field (an older page) leaves it; an empty choice clears it.
    await http.post("/account/preferences", data={"display_name": "Dr Ana Ruiz", "timezone": ""}, headers=headers)
    assert (await _fresh(session, me.id)).gender == "prefer_not_to_say"
    await http.post("/account/preferences", data={"display_name": "Dr Ana Ruiz", "timezone": "", "gender": ""},
                    headers=headers)
    assert (await _fresh(session, me.id)).gender is None
    bad = await http.post("/account/preferences", data={"display_name": "Dr Ana Ruiz", "timezone": "",
                                                        "gender": "robot"}, headers=headers)
    assert bad.status_code == 400 and "Choose one of the listed genders" in bad.text


async def test_an_admin_sets_a_staff_members_gender_on_the_users_page_and_the_api(session, http) -> None:
    p = await make_practice(session)
    admin = await make_user(session, p, Role.admin)
    clinician = await make_user(session, p)
    headers, mine = await token_headers(session, admin), await token_headers(session, clinician)
    admin_id = admin.id
    clinician_id = clinician.id
    page = (await http.get("/admin/users", headers=headers)).text
    assert f'<select id="gender-{clinician_id}" name="gender"' in page and "Gender shown to clients" in page
    done = await http.post(f"/admin/users/{clinician_id}/gender", data={"gender": "non_binary"}, headers=headers)
    assert done.status_code == 303 and (await _fresh(session, clinician_id)).gender == "non_binary"
    assert (await http.post(f"/admin/users/{clinician_id}/gender", data={"gender": "x"},
                            headers=headers)).status_code == 422
    assert (await http.post(f"/admin/users/{admin_id}/gender", data={"gender": "man"},
                            headers=mine)).status_code == 403
    api = await http.patch(f"/api/v1/users/{clinician_id}", json={"gender": None}, headers=headers)
    assert api.status_code == 200 and api.json()["gender"] is None
    added = await http.post("/admin/users", data={"email": "new.one@example.org", "role": "clinician",
                                                  "display_name": "New One", "password": "a long password 1",
                                                  "gender": "man"}, headers=headers)
    assert added.status_code == 303
    row = (await session.execute(select(User).where(User.display_name == "New One"))).scalar_one()
    assert row.gender == "man"


async def test_clients_have_no_gender_for_matching(session) -> None:
    p = await make_practice(session)
    admin = await make_user(session, p, Role.admin)
    client = await make_client(session, p)
    portal = await make_user(session, p, Role.client, client=client)
    with pytest.raises(BadRequest):
        await service.update_user(session, actor(admin), portal.id, UserUpdate(gender="woman"))
    with pytest.raises(BadRequest):
        await service.set_own_preferences(session, portal, gender="woman")
