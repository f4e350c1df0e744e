"""Client records: creation, updates, demographics with consent, export and erasure."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from alliance.accounts.models import Role, User
from alliance.appointments import service as appointments
from alliance.appointments.schemas import AppointmentCreate
from alliance.clients import export, service
from alliance.clients.models import Client, ClientDemographics, ClientKey
from alliance.clients.schemas import ClientCreate, ClientUpdate, DemographicsUpdate, ErasureRequest
from alliance.consent.models import ConsentRecord, Decision, Feature
from alliance.consent.service import ConsentRequired
from alliance.db.base import utcnow
from alliance.errors import Conflict
from alliance.security import crypto
from tests.support.factories import actor, make_client, make_consent, make_practice, make_user


async def test_clinician_who_creates_a_client_takes_them_on(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await service.create_client(session, actor(clinician), ClientCreate(
        given_name="Noor", family_name="Haddad", date_of_birth=date(1999, 4, 4)))
    listed = await service.list_clients(session, actor(clinician))
    assert [c.id for c in listed] == [client.id]


async def test_same_person_twice_is_a_conflict(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    data = ClientCreate(given_name="Noor", family_name="Haddad", date_of_birth=date(1999, 4, 4))
    await service.create_client(session, actor(clinician), data)
    with pytest.raises(Conflict):
        await service.create_client(session, actor(clinician), data.model_copy(update={"given_name": "NOOR "}))


async def test_update_changes_fields_and_discharge_is_dated(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician)
    updated = await service.update_client(session, actor(clinician), client.id,
                                          ClientUpdate(phone="+44 20 7946 0000", status="discharged", country="gb"))
    assert updated.phone == "+44 20 7946 0000" and updated.country == "GB"
    assert updated.status == "discharged" and updated.discharged_at is not None


async def test_demographics_need_quality_monitoring_consent_and_go_when_it_is_withdrawn(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician)
    with pytest.raises(ConsentRequired):
        await service.set_demographics(session, actor(clinician), client.id, DemographicsUpdate(ethnicity="Hispanic"))
    await make_consent(session, client, Feature.quality_monitoring)
    await service.set_demographics(session, actor(clinician), client.id, DemographicsUpdate(ethnicity="Hispanic"))
    assert (await service.get_demographics(session, actor(clinician), client.id)).ethnicity == "Hispanic"
    await make_consent(session, client, Feature.quality_monitoring, Decision.withdrawn)
    assert await session.scalar(select(func.count()).select_from(ClientDemographics)
                                .where(ClientDemographics.client_id == client.id)) == 0


async def test_export_holds_everything_about_the_client_and_nothing_secret(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician, given_name="Isolde", family_name="Fairweather",
                               emergency_contact_name="Bram Fairweather")
    await make_user(session, practice, Role.client, client=client, password="a long enough password")
    await make_consent(session, client, Feature.ai_companion)
    await appointments.create_appointment(session, actor(clinician), client.id, AppointmentCreate(
        starts_at=utcnow() + timedelta(days=1), reason="Follow-up on sleep"))
    filename, data = await export.export_client(session, actor(clinician), client.id)
    assert filename.endswith(".zip")
    archive = zipfile.ZipFile(io.BytesIO(data))
    records = json.loads(archive.read("records.json"))
    html = archive.read("records.html").decode()
    assert records["profile"]["given_name"] == "Isolde"
    assert records["profile"]["emergency_contact_name"] == "Bram Fairweather"
    assert records["appointments"][0]["reason"] == "Follow-up on sleep"
    assert records["consent_records"][0]["feature"] == "ai_companion"
    assert any(e["action"] == "client.create" for e in records["access_log"])
    assert "Fairweather" in html and "Follow-up on sleep" in html
    dumped = json.dumps(records)
    for secret in ("password_hash", "wrapped", "token_hash", "_ct\"", "bidx"):
        assert secret not in dumped


async def test_erasure_waits_for_the_retention_period(session):
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    client = await make_client(session, practice)
    with pytest.raises(Conflict, match="Discharge"):
        await export.erase_client(session, actor(admin), client.id, ErasureRequest(reason="asked"))
    client.status, client.discharged_at = "discharged", utcnow() - timedelta(days=365)
    with pytest.raises(Conflict, match="until"):
        await export.erase_client(session, actor(admin), client.id, ErasureRequest(reason="asked"))
    client.discharged_at = utcnow() - timedelta(days=365 * 8)
    result = await export.erase_client(session, actor(admin), client.id, ErasureRequest(reason="asked"))
    assert result.client_id == client.id


async def test_erasure_shreds_the_key_deletes_rows_and_keeps_the_audit_trail(session):
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician, given_name="Wilhelmina")
    portal_user = await make_user(session, practice, Role.client, client=client)
    await make_consent(session, client, Feature.ai_companion)
    cid, uid, blob = client.id, portal_user.id, client.given_name_ct
    result = await export.erase_client(session, actor(admin), cid,
                                       ErasureRequest(reason="client request", override_retention=True))
    assert result.rows_deleted >= 3
    await session.flush()
    session.expunge_all()
    erased = await session.get(Client, cid)
    assert erased.status == "erased" and erased.given_name is None and erased.given_name_ct is None
    assert await session.get(ClientKey, cid) is None
    assert await session.get(User, uid) is None
    assert await session.scalar(select(func.count()).select_from(ConsentRecord).where(ConsentRecord.client_id == cid)) == 0
    with pytest.raises(crypto.KeyUnavailable):
        crypto.client_key(cid)  # any copy of the old ciphertext (a backup) can no longer be opened here
    assert blob is not None
    from alliance.security import audit

    events = await audit.events(session, practice_id=None, client_id=cid)
    assert events[0].action == "client.erase" and "rows=" in events[0].detail
    assert (await audit.verify(session)).ok
    assert [c.id for c in await service.list_clients(session, actor(admin))] == []


async def test_export_leaves_out_psychotherapy_process_notes(session):
    # HIPAA 45 CFR 164.524(a)(1)(i): process notes are not part of the right of access.
    from alliance.notes import service as notes_service

    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician)
    await notes_service.create_process_note(session, actor(clinician), client.id, body="Countertransference today")
    _, data = await export.export_client(session, actor(clinician), client.id)
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert "process_notes" not in json.loads(archive.read("records.json"))
    assert "Countertransference" not in archive.read("records.html").decode()
