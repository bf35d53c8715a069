-- Shared PCs: each restaurant decides whether its PCs may remember sign-ins and after how
-- many idle minutes the window locks; the person who is signed in unlocks it with their
-- password, checked here and counted in the same throttle as sign-ins.
-- Runs as resto360_owner, inside the migration transaction, like the migrations before it.

-- remember_sessions: whether the application may keep a refresh token in the PC's keychain
-- for people acting in this restaurant. idle_lock_minutes: minutes without keyboard or mouse
-- input before the window locks; 0 means never.
alter table app.restaurants
    add column remember_sessions boolean not null default true,
    add column idle_lock_minutes integer not null default 10
        constraint restaurants_idle_lock_minutes_range check (idle_lock_minutes between 0 and 240);

grant update (remember_sessions, idle_lock_minutes) on app.restaurants to resto360_app;

-- Counts one failed password check for a phone number (known or not) and returns the time
-- until which the number is locked, or NULL. From the 5th failure each attempt waits
-- 2^(n-5) seconds; the 10th locks the number for 15 minutes. auth.login and
-- auth.verify_my_password both count here, so unlocking a PC's window is no easier to guess
-- than signing in. Only those functions call it; the application login may not.
create function auth.count_failed_password(p_phone text)
returns timestamptz
language plpgsql volatile
set search_path = ''
as $$
declare
    locked timestamptz;
begin
    insert into auth.login_throttle as t (phone, failures, last_failure_at)
    values (coalesce(p_phone, ''), 1, pg_catalog.now())
    on conflict (phone) do update
        set failures = t.failures + 1,
            last_failure_at = pg_catalog.now(),
            locked_until = case
                when t.failures + 1 >= 10 then pg_catalog.now() + interval '15 minutes'
                when t.failures + 1 >= 5 then pg_catalog.now() + pg_catalog.make_interval(secs => 2 ^ (t.failures + 1 - 5))
                else null
            end
    returning t.locked_until into locked;
    return locked;
end
$$;

-- auth.login as in 0002, with its failure count moved to auth.count_failed_password.
create or replace function auth.login(p_phone text, p_key bytea, p_device text default '')
returns table (status text, refresh_token text, user_id uuid, must_change_password boolean,
               retry_at timestamptz)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    throttle auth.login_throttle%rowtype;
    account auth.users%rowtype;
    new_session_id uuid;
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
        return query select 'invalid'::text, null::text, null::uuid, null::boolean,
                            auth.count_failed_password(p_phone);
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

-- Checks that the person of the current session typed their password again, to unlock a
-- locked window without starting a new session. status is 'ok', 'invalid' (wrong key) or
-- 'locked' (too many failures; retry_at says when). It uses the same throttle as auth.login,
-- per phone number: a failure here counts as a failed sign-in, a success clears the count.
-- Raises R3440 when the session is no longer valid (revoked, expired, person deactivated).
create function auth.verify_my_password(p_key bytea)
returns table (status text, retry_at timestamptz)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    caller uuid := (auth.current_session()).user_id;
    account auth.users%rowtype;
    throttle auth.login_throttle%rowtype;
begin
    if caller is null then
        raise exception using errcode = 'R3440', message = 'not signed in',
            hint = 'The access token is missing, invalid or expired.';
    end if;
    select * into strict account from auth.users u where u.id = caller;

    insert into auth.login_throttle (phone) values (account.phone) on conflict (phone) do nothing;
    select * into strict throttle from auth.login_throttle t where t.phone = account.phone for update;
    if throttle.locked_until is not null and throttle.locked_until > pg_catalog.now() then
        return query select 'locked'::text, throttle.locked_until;
        return;
    end if;

    if p_key is null or extensions.digest(p_key, 'sha256') is distinct from account.verifier then
        return query select 'invalid'::text, auth.count_failed_password(account.phone);
        return;
    end if;

    delete from auth.login_throttle t where t.phone = account.phone;
    return query select 'ok'::text, null::timestamptz;
end
$$;

-- Hand the new SECURITY DEFINER functions to resto360_auth, as 0003 and 0004 did.
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

grant execute on function auth.verify_my_password(bytea) to resto360_app;
