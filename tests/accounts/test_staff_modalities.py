"""The ways a member of staff sees people (in person, video, phone; optional, for intake matching): set by the
clinician on their account page, by an admin on the users page or the API; clients have none."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from alliance.accounts import service
from alliance.accounts.models import Role, User
from alliance.accounts.schemas import UserUpdate
from alliance.errors import BadRequest
from alliance.intake.forms import MODALITIES
from tests.support.factories import PASSWORD, actor, make_client, make_practice, make_user, token_headers


async def _fresh(session, user_id):  # noqa: ANN001, ANN202
    return (await session.execute(select(User).where(User.id == user_id)
                                  .execution_options(populate_existing=True))).scalar_one()


def test_staff_modalities_are_the_referral_forms_choices() -> None:
    from alliance.accounts.models import STAFF_MODALITIES

    assert list(STAFF_MODALITIES) == [code for code, _ in MODALITIES if code]


async def test_a_clinician_ticks_and_clears_their_modalities_on_the_account_page(session, http) -> None:
    p = await make_practice(session)
    me = await make_user(session, p, password=PASSWORD)
    headers = await token_headers(session, me)
    page = (await http.get("/account", headers=headers)).text
    assert "The ways I see people (optional)" in page
    assert 'id="a-modality-video" name="modalities" value="video">' in page  # not ticked yet
    form = {"display_name": "Dr Ana Ruiz", "timezone": "", "modalities_shown": "1"}
    saved = await http.post("/account/preferences", data=form | {"modalities": ["video", "in_person"]},
                            headers=headers)
    assert saved.status_code == 303
    assert (await _fresh(session, me.id)).modalities == ["in_person", "video"]
    page = (await http.get("/account", headers=headers)).text
    assert 'value="video" checked>' in page and 'value="phone">' in page
    # A form without the mark (an older page) leaves them; the mark with none ticked clears them.
    await http.post("/account/preferences", data={"display_name": "Dr Ana Ruiz", "timezone": ""}, headers=headers)
    assert (await _fresh(session, me.id)).modalities == ["in_person", "video"]
    await http.post("/account/preferences", data=form, headers=headers)
    assert (await _fresh(session, me.id)).modalities is None
    bad = await http.post("/account/preferences", data=form | {"modalities": ["carrier_pigeon"]}, headers=headers)
    assert bad.status_code == 400 and "Choose among the listed ways of seeing people" in bad.text


async def test_an_admin_sets_a_staff_members_modalities_on_the_users_page_and_the_api(session, http) -> None:
    p = await make_practice(session)
    admin = await make_user(session, p, Role.admin)
    clinician = await make_user(session, p)
    headers, mine = await token_headers(session, admin), await token_headers(session, clinician)
    admin_id, clinician_id = admin.id, clinician.id
    page = (await http.get("/admin/users", headers=headers)).text
    assert f'id="mod-{clinician_id}-phone" name="modalities" value="phone"' in page and "Sees people" in page
    done = await http.post(f"/admin/users/{clinician_id}/modalities", data={"modalities": ["phone", "video"]},
                           headers=headers)
    assert done.status_code == 303 and (await _fresh(session, clinician_id)).modalities == ["video", "phone"]
    assert (await http.post(f"/admin/users/{clinician_id}/modalities", data={"modalities": ["x"]},
                            headers=headers)).status_code == 422
    assert (await http.post(f"/admin/users/{admin_id}/modalities", data={"modalities": ["video"]},
                            headers=mine)).status_code == 403
    cleared = await http.post(f"/admin/users/{clinician_id}/modalities", data={}, headers=headers)
    assert cleared.status_code == 303 and (await _fresh(session, clinician_id)).modalities is None
    api = await http.patch(f"/api/v1/users/{clinician_id}", json={"modalities": ["in_person"]}, headers=headers)
    assert api.status_code == 200 and api.json()["modalities"] == ["in_person"]
    api = await http.patch(f"/api/v1/users/{clinician_id}", json={"modalities": None}, headers=headers)
    assert api.status_code == 200 and api.json()["modalities"] == []
    assert (await http.patch(f"/api/v1/users/{clinician_id}", json={"modalities": ["group"]},
                             headers=headers)).status_code == 422
    added = await http.post("/admin/users", data={"email": "new.two@example.org", "role": "clinician",
                                                  "display_name": "New Two", "password": "a long password 1",
                                                  "modalities": ["phone"]}, headers=headers)
    assert added.status_code == 303
    row = (await session.execute(select(User).where(User.display_name == "New Two"))).scalar_one()
    assert row.modalities == ["phone"]


async def test_clients_have_no_modalities_for_matching(session) -> None:
    p = await make_practice(session)
    admin = await make_user(session, p, Role.admin)
    client = await make_client(session, p)
    portal = await make_user(session, p, Role.client, client=client)
    with pytest.raises(BadRequest):
        await service.update_user(session, actor(admin), portal.id, UserUpdate(modalities=["video"]))
    with pytest.raises(BadRequest):
        await service.set_own_preferences(session, portal, modalities=["video"])
