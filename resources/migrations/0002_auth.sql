-- Tokens, sign-in, refresh, sign-out and the caller's own profile.
-- Every SECURITY DEFINER function has an empty search_path and schema-qualified names.
-- Functions that report a failure the caller must persist (a counted failed sign-in, a
-- revoked token family) return a status instead of raising, because raising would roll
-- that change back.

grant create on schema auth, app to resto360_auth;
grant select, insert, update, delete on all tables in schema auth to resto360_auth;
grant select, insert, update on all tables in schema app to resto360_auth;

create function auth.base64url_encode(p_data bytea)
returns text
language sql immutable strict
set search_path = ''
as $$
    select pg_catalog.translate(pg_catalog.encode(p_data, 'base64'), E'+/=\n', '-_')
$$;

-- Returns NULL for text that is not unpadded base64url.
create function auth.base64url_decode(p_text text)
returns bytea
language plpgsql immutable strict
set search_path = ''
as $$
declare
    padded text;
begin
    if p_text !~ '^[A-Za-z0-9_-]*$' or pg_catalog.length(p_text) % 4 = 1 then
        return null;
    end if;
    padded := pg_catalog.translate(p_text, '-_', '+/')
        || pg_catalog.repeat('=', (4 - pg_catalog.length(p_text) % 4) % 4);
    return pg_catalog.decode(padded, 'base64');
end
$$;

create function auth.hash_token(p_token text)
returns bytea
language sql immutable strict
set search_path = ''
as $$
    select extensions.digest(pg_catalog.convert_to(p_token, 'UTF8'), 'sha256')
$$;

-- Signs a payload as an HS256 JWT with the newest signing key; the key id goes in "kid".
create function auth.sign_token(p_payload jsonb)
returns text
language plpgsql stable security definer
set search_path = ''
as $$
declare
    signing_key auth.signing_keys%rowtype;
    signing_input text;
begin
    select * into strict signing_key
    from auth.signing_keys k
    where k.retired_at is null
    order by k.created_at desc
    limit 1;

    signing_input := auth.base64url_encode(pg_catalog.convert_to(
            pg_catalog.jsonb_build_object('alg', 'HS256', 'typ', 'JWT', 'kid', signing_key.kid)::text,
            'UTF8'))
        || '.' || auth.base64url_encode(pg_catalog.convert_to(p_payload::text, 'UTF8'));
    return signing_input || '.' || auth.base64url_encode(
        extensions.hmac(pg_catalog.convert_to(signing_input, 'UTF8'), signing_key.secret, 'sha256'));
end
$$;

-- Returns the payload of a valid access token, or NULL. Valid means: three unpadded
-- base64url parts, a header of exactly alg HS256 and typ JWT with a known key id, a
-- matching HMAC-SHA256 signature, and iss, typ, exp, nbf and ids of the expected form.
-- The header's alg is checked, never obeyed.
create function auth.verify_token(p_token text)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
    parts text[];
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
        header := pg_catalog.convert_from(auth.base64url_decode(parts[1]), 'UTF8')::jsonb;
        payload := pg_catalog.convert_from(auth.base64url_decode(parts[2]), 'UTF8')::jsonb;
    exception when others then
        return null;
    end;

    if pg_catalog.jsonb_typeof(header) is distinct from 'object'
        or pg_catalog.jsonb_typeof(payload) is distinct from 'object'
        or pg_catalog.jsonb_typeof(header -> 'alg') is distinct from 'string'
        or header ->> 'alg' is distinct from 'HS256'
        or header ->> 'typ' is distinct from 'JWT'
        or pg_catalog.jsonb_typeof(header -> 'kid') is distinct from 'string' then
        return null;
    end if;

    select k.secret into key_secret from auth.signing_keys k where k.kid = header ->> 'kid';
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

-- The session of the access token in resto360.access_token, if the token is valid, the
-- session is neither revoked nor expired and the person is active. Used by the functions
-- a person may call even before choosing a restaurant or while a password change is due.
create function auth.current_session(out user_id uuid, out session_id uuid)
language plpgsql stable security definer
set search_path = ''
as $$
declare
    payload jsonb := auth.verify_token(
        nullif(pg_catalog.current_setting('resto360.access_token', true), ''));
begin
    if payload is null then
        return;
    end if;
    select s.user_id, s.id into user_id, session_id
    from auth.sessions s
    join auth.users u on u.id = s.user_id
    where s.id = (payload ->> 'sess')::uuid
      and s.user_id = (payload ->> 'sub')::uuid
      and s.revoked_at is null
      and s.expires_at > pg_catalog.now()
      and u.active;
end
$$;

-- The membership the caller acts in, with the role and active flag as they are now, not
-- as they were when the token was issued. All NULL when there is no valid token, the
-- membership or person is inactive, the session is revoked or a password change is due.
create function auth.current_claims(
    out user_id uuid, out restaurant_id uuid, out staff_id uuid, out session_id uuid, out role text)
language plpgsql stable security definer
set search_path = ''
as $$
declare
    payload jsonb := auth.verify_token(
        nullif(pg_catalog.current_setting('resto360.access_token', true), ''));
begin
    if payload is null then
        return;
    end if;
    select m.user_id, m.restaurant_id, m.id, s.id, m.role
    into user_id, restaurant_id, staff_id, session_id, role
    from app.staff m
    join auth.users u on u.id = m.user_id
    join auth.sessions s on s.id = (payload ->> 'sess')::uuid
    where m.restaurant_id = (payload ->> 'rid')::uuid
      and m.id = (payload ->> 'sid')::uuid
      and m.user_id = (payload ->> 'sub')::uuid
      and m.active
      and u.active
      and not u.must_change_password
      and s.user_id = m.user_id
      and s.revoked_at is null
      and s.expires_at > pg_catalog.now();
end
$$;

create function auth.current_restaurant_id()
returns uuid
language sql stable
set search_path = ''
as $$ select (auth.current_claims()).restaurant_id $$;

create function auth.current_user_id()
returns uuid
language sql stable
set search_path = ''
as $$ select (auth.current_claims()).user_id $$;

create function auth.current_staff_id()
returns uuid
language sql stable
set search_path = ''
as $$ select (auth.current_claims()).staff_id $$;

create function auth.has_permission(p_permission text)
returns boolean
language sql stable security definer
set search_path = ''
as $$
    select exists (
        select 1
        from auth.role_permissions p
        where p.role = (auth.current_claims()).role
          and p.permission = p_permission)
$$;

create function auth.server_id()
returns uuid
language sql stable security definer
set search_path = ''
as $$ select i.server_id from auth.instance i $$;

-- Argon2id parameters and salt for a phone number. A phone with no account gets a fake
-- salt that is stable for that number, so the answer does not reveal who has an account.
create function auth.login_parameters(p_phone text)
returns table (algorithm text, salt bytea, ops_limit integer, mem_limit bigint)
language plpgsql stable security definer
set search_path = ''
as $$
begin
    return query
        select u.kdf_algorithm, u.kdf_salt, u.kdf_ops_limit, u.kdf_mem_limit
        from auth.users u
        where u.phone = p_phone;
    if not found then
        return query
            select 'argon2id13'::text,
                   pg_catalog.substr(extensions.hmac(
                       pg_catalog.convert_to(coalesce(p_phone, ''), 'UTF8'), i.fake_salt_key, 'sha256'), 1, 16),
                   2,
                   67108864::bigint
            from auth.instance i;
    end if;
end
$$;

create function auth.issue_refresh_token(p_session_id uuid)
returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    token text := auth.base64url_encode(extensions.gen_random_bytes(32));
    session_expiry timestamptz;
begin
    select s.expires_at into strict session_expiry from auth.sessions s where s.id = p_session_id;
    insert into auth.refresh_tokens (token_hash, session_id, expires_at)
    values (auth.hash_token(token), p_session_id, session_expiry);
    return token;
end
$$;

-- Checks a derived key. status is 'ok', 'invalid' (unknown phone, wrong password or
-- inactive person; the caller cannot tell which) or 'locked' (retry_at says when).
-- Failures are counted per phone number, whether or not it has an account: from the 5th
-- failure each attempt waits 2^(n-5) seconds, and the 10th locks the number for 15 minutes.
create function auth.login(p_phone text, p_key bytea, p_device text default '')
returns table (status text, refresh_token text, user_id uuid, must_change_password boolean,
               retry_at timestamptz)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    throttle auth.login_throttle%rowtype;
    account auth.users%rowtype;
    new_session_id uuid;
    failures_now integer;
begin
    insert into auth.login_throttle (phone) values (coalesce(p_phone, '')) on conflict (phone) do nothing;
    select * into strict throttle from auth.login_throttle t where t.phone = coalesce(p_phone, '') for update;

    if throttle.locked_until is not null and throttle.locked_until > pg_catalog.now() then
        return query select 'locked'::text, null::text, null::uuid, null::boolean, throttle.locked_until;
        return;
    end if;

    select * into account from auth.users u where u.phone = p_phone;
    if account.id is null or not account.active or p_key is null
        or extensions.digest(p_key, 'sha256') is distinct from account.verifier then
        failures_now := throttle.failures + 1;
        update auth.login_throttle t
        set failures = failures_now,
            last_failure_at = pg_catalog.now(),
            locked_until = case
                when failures_now >= 10 then pg_catalog.now() + interval '15 minutes'
                when failures_now >= 5 then pg_catalog.now() + pg_catalog.make_interval(secs => 2 ^ (failures_now - 5))
                else null
            end
        where t.phone = throttle.phone
        returning t.locked_until into throttle.locked_until;
        return query select 'invalid'::text, null::text, null::uuid, null::boolean, throttle.locked_until;
        return;
    end if;

    delete from auth.login_throttle t where t.phone = throttle.phone;

    insert into auth.sessions (user_id, device, expires_at)
    select account.id, pg_catalog.left(coalesce(p_device, ''), 200), pg_catalog.now() + i.session_lifetime
    from auth.instance i
    returning id into new_session_id;

    return query select 'ok'::text, auth.issue_refresh_token(new_session_id), account.id,
                        account.must_change_password, null::timestamptz;
end
$$;

-- The restaurants and roles a person holding this refresh token may act in.
create function auth.list_memberships(p_refresh_token text)
returns table (staff_id uuid, restaurant_id uuid, restaurant_name text, role text, display_name text)
language sql stable security definer
set search_path = ''
as $$
    select m.id, r.id, r.name, m.role, m.display_name
    from auth.refresh_tokens t
    join auth.sessions s on s.id = t.session_id
    join app.staff m on m.user_id = s.user_id
    join app.restaurants r on r.id = m.restaurant_id
    join auth.roles ro on ro.name = m.role
    where t.token_hash = auth.hash_token(p_refresh_token)
      and t.used_at is null
      and t.expires_at > pg_catalog.now()
      and s.revoked_at is null
      and s.expires_at > pg_catalog.now()
      and m.active
    order by r.name collate "fr-x-icu", ro.rank
$$;

create function auth.revoke_session(p_session_id uuid, p_reason text)
returns void
language sql volatile security definer
set search_path = ''
as $$
    update auth.sessions s
    set revoked_at = pg_catalog.now(), revoked_reason = p_reason
    where s.id = p_session_id and s.revoked_at is null
$$;

-- Rotates a refresh token and issues an access token for one membership: p_staff_id, or
-- the session's current membership when NULL. status is 'ok'; 'invalid' (unknown,
-- expired or revoked token); 'reused' (a spent token came back, so the whole session is
-- revoked); or 'no_membership' (no active membership to act in; the token stays unspent).
create function auth.refresh(p_refresh_token text, p_staff_id uuid default null)
returns table (status text, refresh_token text, access_token text, access_expires_at timestamptz,
               session_expires_at timestamptz, server_time timestamptz, user_id uuid,
               restaurant_id uuid, staff_id uuid, role text, permissions text[],
               must_change_password boolean)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    token_row auth.refresh_tokens%rowtype;
    session_row auth.sessions%rowtype;
    account auth.users%rowtype;
    membership app.staff%rowtype;
    lifetime interval;
    expires timestamptz;
    granted text[];
    new_token text;
begin
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
        perform auth.revoke_session(session_row.id, 'refresh token reused');
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

    update auth.refresh_tokens t set used_at = pg_catalog.now() where t.token_hash = token_row.token_hash;
    update auth.sessions s
    set restaurant_id = membership.restaurant_id, staff_id = membership.id, last_used_at = pg_catalog.now()
    where s.id = session_row.id;
    new_token := auth.issue_refresh_token(session_row.id);

    select i.access_token_lifetime into strict lifetime from auth.instance i;
    expires := least(pg_catalog.now() + lifetime, session_row.expires_at);
    select coalesce(pg_catalog.array_agg(p.permission order by p.permission), '{}')
    into granted
    from auth.role_permissions p
    where p.role = membership.role;

    return query select
        'ok'::text,
        new_token,
        auth.sign_token(pg_catalog.jsonb_build_object(
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
            'exp', pg_catalog.floor(extract(epoch from expires)))),
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

-- Revokes the session this refresh token belongs to, spent or not. Unknown tokens are ignored.
create function auth.logout(p_refresh_token text)
returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    found_session uuid;
begin
    select t.session_id into found_session
    from auth.refresh_tokens t
    where t.token_hash = auth.hash_token(p_refresh_token);
    if found_session is not null then
        perform auth.revoke_session(found_session, 'signed out');
    end if;
end
$$;

-- Revokes every session of the person holding the current access token, this one included.
create function auth.logout_everywhere()
returns integer
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    caller uuid := (auth.current_session()).user_id;
    revoked integer;
begin
    if caller is null then
        raise exception using errcode = 'R3440', message = 'not signed in',
            hint = 'The access token is missing, invalid or expired.';
    end if;
    update auth.sessions s
    set revoked_at = pg_catalog.now(), revoked_reason = 'signed out everywhere'
    where s.user_id = caller and s.revoked_at is null;
    get diagnostics revoked = row_count;
    return revoked;
end
$$;

create function auth.my_profile()
returns table (user_id uuid, phone text, language text, must_change_password boolean)
language plpgsql stable security definer
set search_path = ''
as $$
declare
    caller uuid := (auth.current_session()).user_id;
begin
    if caller is null then
        raise exception using errcode = 'R3440', message = 'not signed in',
            hint = 'The access token is missing, invalid or expired.';
    end if;
    return query select u.id, u.phone, u.language, u.must_change_password from auth.users u where u.id = caller;
end
$$;

create function auth.set_my_language(p_language text)
returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    caller uuid := (auth.current_session()).user_id;
begin
    if caller is null then
        raise exception using errcode = 'R3440', message = 'not signed in',
            hint = 'The access token is missing, invalid or expired.';
    end if;
    if p_language is not null and p_language not in ('fr', 'en') then
        raise exception using errcode = 'R3420', message = 'unsupported language',
            detail = pg_catalog.format('Language %L is not one of fr, en.', p_language);
    end if;
    update auth.users u set language = p_language where u.id = caller;
end
$$;

-- Replaces the caller's verifier after checking the key derived from the old password.
-- Every other session of the person is revoked; the calling session stays signed in.
create function auth.change_my_password(p_old_key bytea, p_salt bytea, p_ops_limit integer,
                                        p_mem_limit bigint, p_new_key bytea)
returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    caller record;
begin
    select * into caller from auth.current_session();
    if caller.user_id is null then
        raise exception using errcode = 'R3440', message = 'not signed in',
            hint = 'The access token is missing, invalid or expired.';
    end if;
    if not exists (select 1 from auth.users u
                   where u.id = caller.user_id
                     and u.verifier = extensions.digest(p_old_key, 'sha256')) then
        raise exception using errcode = 'R3401', message = 'current password is wrong';
    end if;
    if p_new_key is null or pg_catalog.octet_length(p_new_key) <> 32 then
        raise exception using errcode = 'R3420', message = 'invalid derived key length';
    end if;

    update auth.users u
    set kdf_salt = p_salt, kdf_ops_limit = p_ops_limit, kdf_mem_limit = p_mem_limit,
        verifier = extensions.digest(p_new_key, 'sha256'),
        must_change_password = false, password_changed_at = pg_catalog.now()
    where u.id = caller.user_id;

    update auth.sessions s
    set revoked_at = pg_catalog.now(), revoked_reason = 'password changed'
    where s.user_id = caller.user_id and s.id <> caller.session_id and s.revoked_at is null;
end
$$;
