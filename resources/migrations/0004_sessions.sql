-- Sessions that hold up against mistakes and attackers: a grace window for racing
-- refreshes, signing key rotation, stricter token checks, purging of old rows, and the
-- owner's tools to sign a staff member out everywhere and to unlock a throttled number.
-- Runs as resto360_owner, inside the migration transaction, like the migrations before it.

-- A temporary object named like a built-in type (create domain pg_temp.text ...) takes
-- precedence over pg_catalog inside functions whose search_path is empty, and a CHECK on
-- such a domain runs with the function owner's rights. Without the TEMPORARY privilege the
-- application login cannot create any object at all, so nothing can shadow anything.
do $$
begin
    execute pg_catalog.format('revoke temporary on database %I from resto360_app',
                              pg_catalog.current_database());
end
$$;

-- A second refresh with the same spent token within this period returns the pair the first
-- one issued (two windows of the application, or a retry after a lost reply). Tests lower
-- it to one second.
alter table auth.instance
    add column refresh_grace_period interval not null default interval '10 seconds'
        check (refresh_grace_period between interval '0' and interval '1 minute');

-- The result of the refresh that spent this token, encrypted under a key only the holder of
-- this token can compute (see auth.successor_key). Cleared once the grace period is over.
alter table auth.refresh_tokens
    add column successor_sealed bytea,
    add constraint refresh_tokens_sealed_when_spent check (successor_sealed is null or used_at is not null);
create index refresh_tokens_sealed_idx on auth.refresh_tokens (used_at) where successor_sealed is not null;

insert into auth.role_permissions (role, permission) values ('owner', 'staff.revoke_sessions');

-- A session ends at the time fixed when it started: nothing may move its expiry later, and
-- a revoked session stays revoked. This holds for administrators too.
create function auth.guard_session()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    if new.expires_at > old.expires_at then
        raise exception using errcode = 'R3420', message = 'a session''s expiry cannot be extended',
            detail = pg_catalog.format('Session %s expires at %s.', old.id, old.expires_at);
    end if;
    if old.revoked_at is not null and new.revoked_at is distinct from old.revoked_at then
        raise exception using errcode = 'R3420', message = 'a revoked session stays revoked',
            detail = pg_catalog.format('Session %s was revoked at %s.', old.id, old.revoked_at);
    end if;
    if new.id is distinct from old.id or new.user_id is distinct from old.user_id
        or new.created_at is distinct from old.created_at then
        raise exception using errcode = 'R3420', message = 'a session''s identity cannot change';
    end if;
    return new;
end
$$;

create trigger sessions_guard before update on auth.sessions
    for each row execute function auth.guard_session();

-- Returns true when the top level of a JSON object text names a key twice. jsonb keeps only
-- the last of duplicate keys, so {"rid": A, "rid": B} would silently mean B.
create function auth.has_duplicate_keys(p_json text)
returns boolean
language sql immutable strict
set search_path = ''
as $$
    select pg_catalog.count(k.key) <> pg_catalog.count(distinct k.key)
    from pg_catalog.json_object_keys(p_json::pg_catalog.json) as k(key)
$$;

-- Returns the payload of a valid access token, or NULL. Valid means: three unpadded
-- base64url parts; a header with exactly the keys alg, typ and kid, where alg is HS256, typ
-- is JWT and kid names a signing key that is current or was retired less than one access
-- token lifetime ago; no key named twice in the header or the payload; a matching
-- HMAC-SHA256 signature; and iss, typ, exp, nbf and ids of the expected form.
-- The header's alg is checked, never obeyed.
create or replace function auth.verify_token(p_token text)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
    parts text[];
    header_text text;
    payload_text text;
    header jsonb;
    payload jsonb;
    key_secret bytea;
    now_epoch numeric := extract(epoch from pg_catalog.now());
    uuid_pattern constant text := '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
begin
    if p_token is null or pg_catalog.length(p_token) > 8192 then
        return null;
    end if;

    parts := pg_catalog.string_to_array(p_token, '.');
    if pg_catalog.array_length(parts, 1) is distinct from 3
        or parts[1] !~ '^[A-Za-z0-9_-]+$'
        or parts[2] !~ '^[A-Za-z0-9_-]+$'
        or parts[3] !~ '^[A-Za-z0-9_-]+$' then
        return null;
    end if;

    begin
        header_text := pg_catalog.convert_from(auth.base64url_decode(parts[1]), 'UTF8');
        payload_text := pg_catalog.convert_from(auth.base64url_decode(parts[2]), 'UTF8');
        header := header_text::jsonb;
        payload := payload_text::jsonb;
        if pg_catalog.jsonb_typeof(header) is distinct from 'object'
            or pg_catalog.jsonb_typeof(payload) is distinct from 'object'
            or auth.has_duplicate_keys(header_text)
            or auth.has_duplicate_keys(payload_text) then
            return null;
        end if;
    exception when others then
        return null;
    end;

    if exists (select 1 from pg_catalog.jsonb_object_keys(header) as h(name)
               where h.name not in ('alg', 'typ', 'kid'))
        or pg_catalog.jsonb_typeof(header -> 'alg') is distinct from 'string'
        or header ->> 'alg' is distinct from 'HS256'
        or header ->> 'typ' is distinct from 'JWT'
        or pg_catalog.jsonb_typeof(header -> 'kid') is distinct from 'string' then
        return null;
    end if;

    select k.secret into key_secret
    from auth.signing_keys k
    cross join auth.instance i
    where k.kid = header ->> 'kid'
      and (k.retired_at is null or k.retired_at + i.access_token_lifetime > pg_catalog.now());
    if key_secret is null then
        return null;
    end if;
    if auth.base64url_encode(extensions.hmac(
            pg_catalog.convert_to(parts[1] || '.' || parts[2], 'UTF8'), key_secret, 'sha256'))
        is distinct from parts[3] then
        return null;
    end if;

    if payload ->> 'iss' is distinct from 'resto360'
        or payload ->> 'typ' is distinct from 'access'
        or pg_catalog.jsonb_typeof(payload -> 'exp') is distinct from 'number'
        or pg_catalog.jsonb_typeof(payload -> 'nbf') is distinct from 'number'
        or (payload ->> 'exp')::numeric <= now_epoch
        or (payload ->> 'nbf')::numeric > now_epoch + 5
        or coalesce(payload ->> 'sub', '') !~ uuid_pattern
        or coalesce(payload ->> 'rid', '') !~ uuid_pattern
        or coalesce(payload ->> 'sid', '') !~ uuid_pattern
        or coalesce(payload ->> 'sess', '') !~ uuid_pattern then
        return null;
    end if;
    return payload;
end
$$;

-- Returns the key that seals a refresh's result for replays within the grace period: the
-- hex HMAC-SHA256 of a fixed label, keyed with the presented refresh token. The database
-- stores only the token's SHA-256, from which this key cannot be computed.
create function auth.successor_key(p_refresh_token text)
returns text
language sql immutable strict
set search_path = ''
as $$
    select pg_catalog.encode(extensions.hmac(
        pg_catalog.convert_to('resto360 refresh successor', 'UTF8'),
        pg_catalog.convert_to(p_refresh_token, 'UTF8'), 'sha256'), 'hex')
$$;

-- Encrypts a refresh result with OpenPGP symmetric encryption (AES-256, with an integrity
-- check). The key already has 256 random bits, so a salted S2K without iterations suffices.
create function auth.seal_successor(p_refresh_token text, p_result jsonb)
returns bytea
language sql volatile strict
set search_path = ''
as $$
    select extensions.pgp_sym_encrypt(p_result::text, auth.successor_key(p_refresh_token),
                                      'cipher-algo=aes256, s2k-mode=1')
$$;

-- Decrypts what auth.seal_successor sealed; NULL for any other token or damaged data.
create function auth.open_successor(p_refresh_token text, p_sealed bytea)
returns jsonb
language plpgsql volatile strict
set search_path = ''
as $$
begin
    return extensions.pgp_sym_decrypt(p_sealed, auth.successor_key(p_refresh_token))::jsonb;
exception when others then
    return null;
end
$$;

-- Rotates a refresh token and issues an access token for one membership: p_staff_id, or
-- the session's current membership when NULL. status is 'ok'; 'invalid' (unknown, expired
-- or revoked token, or a spent token presented within the grace period for another
-- membership than the one it was spent for); 'reused' (a spent token came back after the
-- grace period, so the whole session is revoked); or 'no_membership' (no active membership
-- to act in; the token stays unspent).
-- A spent token presented again within auth.instance.refresh_grace_period returns the same
-- refresh and access tokens as the call that spent it, so two racing refreshes both succeed
-- and nobody is signed out. Rotation never moves the session's expiry.
create or replace function auth.refresh(p_refresh_token text, p_staff_id uuid default null)
returns table (status text, refresh_token text, access_token text, access_expires_at timestamptz,
               session_expires_at timestamptz, server_time timestamptz, user_id uuid,
               restaurant_id uuid, staff_id uuid, role text, permissions text[],
               must_change_password boolean)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    settings auth.instance%rowtype;
    token_row auth.refresh_tokens%rowtype;
    session_row auth.sessions%rowtype;
    account auth.users%rowtype;
    membership app.staff%rowtype;
    expires timestamptz;
    granted text[];
    new_token text;
    new_access_token text;
    outcome jsonb;
begin
    select * into strict settings from auth.instance i;

    -- Racing calls with one token queue on this row lock. Under READ COMMITTED each one
    -- then reads the row as the winner left it: spent, with the sealed result.
    select * into token_row
    from auth.refresh_tokens t
    where t.token_hash = auth.hash_token(p_refresh_token)
    for update;
    if token_row.token_hash is null then
        return query select 'invalid'::text, null::text, null::text, null::timestamptz, null::timestamptz,
            pg_catalog.now(), null::uuid, null::uuid, null::uuid, null::text, null::text[], null::boolean;
        return;
    end if;

    select * into strict session_row from auth.sessions s where s.id = token_row.session_id for update;
    select * into strict account from auth.users u where u.id = session_row.user_id;

    if session_row.revoked_at is not null or session_row.expires_at <= pg_catalog.now()
        or token_row.expires_at <= pg_catalog.now() or not account.active then
        return query select 'invalid'::text, null::text, null::text, null::timestamptz, null::timestamptz,
            pg_catalog.now(), null::uuid, null::uuid, null::uuid, null::text, null::text[], null::boolean;
        return;
    end if;

    if token_row.used_at is not null then
        if token_row.successor_sealed is not null
            and token_row.used_at > pg_catalog.now() - settings.refresh_grace_period then
            outcome := auth.open_successor(p_refresh_token, token_row.successor_sealed);
        end if;

        if outcome is not null and p_staff_id is not null
            and (outcome ->> 'staff_id')::uuid is distinct from p_staff_id then
            return query select 'invalid'::text, null::text, null::text, null::timestamptz, null::timestamptz,
                pg_catalog.now(), null::uuid, null::uuid, null::uuid, null::text, null::text[], null::boolean;
            return;
        end if;

        if outcome is not null then
            return query select
                'ok'::text,
                outcome ->> 'refresh_token',
                outcome ->> 'access_token',
                (outcome ->> 'access_expires_at')::timestamptz,
                session_row.expires_at,
                pg_catalog.now(),
                (outcome ->> 'user_id')::uuid,
                (outcome ->> 'restaurant_id')::uuid,
                (outcome ->> 'staff_id')::uuid,
                outcome ->> 'role',
                array(select pg_catalog.jsonb_array_elements_text(outcome -> 'permissions')),
                (outcome ->> 'must_change_password')::boolean;
            return;
        end if;

        perform auth.revoke_session(session_row.id, 'refresh token reused');
        update auth.refresh_tokens t set successor_sealed = null
        where t.session_id = session_row.id and t.successor_sealed is not null;
        return query select 'reused'::text, null::text, null::text, null::timestamptz, null::timestamptz,
            pg_catalog.now(), null::uuid, null::uuid, null::uuid, null::text, null::text[], null::boolean;
        return;
    end if;

    select m.* into membership
    from app.staff m
    join app.restaurants r on r.id = m.restaurant_id
    where m.id = coalesce(p_staff_id, session_row.staff_id)
      and m.user_id = account.id
      and m.active;
    if membership.id is null then
        return query select 'no_membership'::text, null::text, null::text, null::timestamptz,
            session_row.expires_at, pg_catalog.now(), account.id, null::uuid, null::uuid, null::text,
            null::text[], account.must_change_password;
        return;
    end if;

    update auth.sessions s
    set restaurant_id = membership.restaurant_id, staff_id = membership.id, last_used_at = pg_catalog.now()
    where s.id = session_row.id;
    new_token := auth.issue_refresh_token(session_row.id);

    -- The access token never outlives the session.
    expires := least(pg_catalog.now() + settings.access_token_lifetime, session_row.expires_at);
    select coalesce(pg_catalog.array_agg(p.permission order by p.permission), '{}')
    into granted
    from auth.role_permissions p
    where p.role = membership.role;

    new_access_token := auth.sign_token(pg_catalog.jsonb_build_object(
        'iss', 'resto360',
        'typ', 'access',
        'sub', account.id,
        'rid', membership.restaurant_id,
        'sid', membership.id,
        'sess', session_row.id,
        'role', membership.role,
        'perms', pg_catalog.to_jsonb(granted),
        'iat', pg_catalog.floor(extract(epoch from pg_catalog.now())),
        'nbf', pg_catalog.floor(extract(epoch from pg_catalog.now())),
        'exp', pg_catalog.floor(extract(epoch from expires))));

    -- Timestamps go in as jsonb's ISO 8601 text with an offset, which reads back exactly
    -- whatever the replaying connection's TimeZone.
    outcome := pg_catalog.jsonb_build_object(
        'refresh_token', new_token,
        'access_token', new_access_token,
        'access_expires_at', expires,
        'user_id', account.id,
        'restaurant_id', membership.restaurant_id,
        'staff_id', membership.id,
        'role', membership.role,
        'permissions', pg_catalog.to_jsonb(granted),
        'must_change_password', account.must_change_password);
    update auth.refresh_tokens t
    set used_at = pg_catalog.now(), successor_sealed = auth.seal_successor(p_refresh_token, outcome)
    where t.token_hash = token_row.token_hash;

    -- Older sealed results of this session whose grace period is over are of no more use.
    update auth.refresh_tokens t set successor_sealed = null
    where t.session_id = session_row.id
      and t.successor_sealed is not null
      and t.used_at <= pg_catalog.now() - settings.refresh_grace_period;

    return query select
        'ok'::text,
        new_token,
        new_access_token,
        expires,
        session_row.expires_at,
        pg_catalog.now(),
        account.id,
        membership.restaurant_id,
        membership.id,
        membership.role,
        granted,
        account.must_change_password;
end
$$;

-- Own password change: the person just proved the old password on this PC and expects to
-- keep working here, so only the calling session stays signed in and every other one is
-- revoked (auth.change_my_password, unchanged). A reset by an owner revokes every session.
comment on function auth.change_my_password(bytea, bytea, integer, bigint, bytea) is
    'Replaces the caller''s password. Revokes every other session of the person and keeps the '
    'calling one, because the person has just proved the old password there.';

-- Signs every session of a staff member of the caller's current restaurant out, on every PC.
-- All of the person's sessions go, not only those acting here, because any session can
-- switch to any of the person's memberships without the password. Returns how many
-- sessions were revoked. Needs staff.revoke_sessions (owners).
create function auth.revoke_staff_sessions(p_staff_id uuid)
returns integer
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    claims record;
    target uuid;
    revoked integer;
begin
    select * into claims from auth.current_claims();
    if claims.restaurant_id is null then
        perform auth.raise_not_signed_in();
    end if;
    if not auth.has_permission('staff.revoke_sessions') then
        raise exception using errcode = 'R3403', message = 'permission denied: signing staff out';
    end if;

    select s.user_id into target
    from app.staff s
    where s.restaurant_id = claims.restaurant_id and s.id = p_staff_id;
    if target is null then
        raise exception using errcode = 'R3404', message = 'staff member not found',
            detail = pg_catalog.format('No staff member %s in this restaurant.', p_staff_id);
    end if;

    update auth.sessions s
    set revoked_at = pg_catalog.now(), revoked_reason = 'signed out by an owner'
    where s.user_id = target and s.revoked_at is null;
    get diagnostics revoked = row_count;

    insert into app.audit_log (restaurant_id, actor_user_id, action, entity, entity_id, after_data)
    values (claims.restaurant_id, claims.user_id, 'revoke_sessions', 'staff', p_staff_id,
            pg_catalog.jsonb_build_object('sessions_revoked', revoked));
    return revoked;
end
$$;

-- Clears the failed sign-in count and any lock on a staff member's phone number. Allowed
-- where a password reset is (auth.password_reset_status), and for one's own number: an owner
-- of only some of the person's restaurants could otherwise keep unlocking the number to
-- guess the password that opens the others. Returns whether there was anything to clear.
create function auth.unlock_staff(p_staff_id uuid)
returns boolean
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    verdict text := auth.password_reset_status(p_staff_id);
    here uuid := auth.current_restaurant_id();
    target_phone text;
    cleared integer;
begin
    if verdict = 'not_owner' then
        raise exception using errcode = 'R3403', message = 'permission denied: unlocking sign-in';
    end if;
    if verdict = 'not_found' then
        raise exception using errcode = 'R3404', message = 'staff member not found',
            detail = pg_catalog.format('No staff member %s in this restaurant.', p_staff_id);
    end if;
    if verdict not in ('allowed', 'self') then
        raise exception using errcode = 'R3415', message = 'unlocking sign-in not allowed',
            detail = verdict;
    end if;

    select u.phone into strict target_phone
    from app.staff s
    join auth.users u on u.id = s.user_id
    where s.restaurant_id = here and s.id = p_staff_id;
    delete from auth.login_throttle t where t.phone = target_phone;
    get diagnostics cleared = row_count;

    insert into app.audit_log (restaurant_id, actor_user_id, action, entity, entity_id, after_data)
    values (here, auth.current_user_id(), 'unlock_sign_in', 'staff', p_staff_id,
            pg_catalog.jsonb_build_object('throttle_cleared', cleared > 0));
    return cleared > 0;
end
$$;

-- Creates a signing key for new access tokens and retires the others. A retired key still
-- verifies the tokens it signed for one access token lifetime, until every one of them has
-- expired; auth.purge_expired deletes it after that. Returns the new key id.
create function auth.rotate_signing_key()
returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    new_kid text := pg_catalog.encode(extensions.gen_random_bytes(9), 'hex');
begin
    -- Two rotations at once would otherwise leave two current keys.
    lock table auth.signing_keys in exclusive mode;
    update auth.signing_keys k set retired_at = pg_catalog.now() where k.retired_at is null;
    insert into auth.signing_keys (kid, secret) values (new_kid, extensions.gen_random_bytes(32));
    return new_kid;
end
$$;

-- Deletes what no longer serves any check:
-- * sessions that expired or were revoked more than p_retention ago, with their refresh
--   tokens (spent tokens of live sessions stay, so their reuse is still detected);
-- * sealed refresh results whose grace period is over;
-- * throttle rows of numbers that are not locked and have not failed for a day, so such a
--   number starts again from zero failures;
-- * signing keys retired more than one access token lifetime ago.
create function auth.purge_expired(p_retention interval default interval '30 days')
returns table (sessions_deleted integer, refresh_tokens_deleted integer, successors_cleared integer,
               throttle_rows_deleted integer, signing_keys_deleted integer)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    settings auth.instance%rowtype;
    cutoff timestamptz;
begin
    if p_retention is null or p_retention < interval '0' then
        raise exception using errcode = 'R3420', message = 'invalid retention',
            detail = pg_catalog.format('Retention %s is missing or negative.', p_retention);
    end if;
    select * into strict settings from auth.instance i;
    cutoff := pg_catalog.now() - p_retention;

    with gone as (
        delete from auth.sessions s
        where s.expires_at < cutoff or s.revoked_at < cutoff
        returning s.id
    )
    select pg_catalog.count(*)::integer,
           (select pg_catalog.count(*)::integer from auth.refresh_tokens t
            where t.session_id in (select g.id from gone g))
    into sessions_deleted, refresh_tokens_deleted
    from gone;

    update auth.refresh_tokens t set successor_sealed = null
    where t.successor_sealed is not null
      and t.used_at <= pg_catalog.now() - settings.refresh_grace_period;
    get diagnostics successors_cleared = row_count;

    delete from auth.login_throttle t
    where (t.locked_until is null or t.locked_until <= pg_catalog.now())
      and (t.last_failure_at is null or t.last_failure_at < pg_catalog.now() - interval '1 day');
    get diagnostics throttle_rows_deleted = row_count;

    delete from auth.signing_keys k
    where k.retired_at is not null
      and k.retired_at + settings.access_token_lifetime <= pg_catalog.now();
    get diagnostics signing_keys_deleted = row_count;

    return next;
end
$$;

-- Hand the new SECURITY DEFINER functions to resto360_auth, as 0003 did for the first ones.
do $$
declare
    fn record;
begin
    for fn in
        select p.oid::regprocedure as signature
        from pg_catalog.pg_proc p
        join pg_catalog.pg_namespace n on n.oid = p.pronamespace
        join pg_catalog.pg_roles r on r.oid = p.proowner
        where n.nspname in ('auth', 'app') and p.prosecdef and r.rolname <> 'resto360_auth'
    loop
        execute pg_catalog.format('alter function %s owner to resto360_auth', fn.signature);
    end loop;
end
$$;

revoke execute on all functions in schema auth, app from public;
grant execute on all functions in schema auth, app to resto360_auth, resto360_owner;

grant execute on function
    auth.revoke_staff_sessions(uuid),
    auth.unlock_staff(uuid)
to resto360_app;
