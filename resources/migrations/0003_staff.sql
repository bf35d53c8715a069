-- Row-level security, the rules on staff and settings, the staff functions, the first-run
-- setup function, ownership and grants.

-- Raised before any write by the application login when no valid access token is set, so a
-- missing, forged or expired token gives a clear error instead of a silent empty update.
create function app.require_session()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    if current_user <> 'resto360_app' then
        return null;
    end if;
    if auth.current_restaurant_id() is null then
        raise exception using errcode = 'R3440', message = 'not signed in',
            hint = 'The access token is missing, invalid or expired, or the membership is inactive.';
    end if;
    return null;
end
$$;

-- The rules that hold whatever the client sends. session_user is the login role, so calls
-- made by an administrator's connection (setup, demo data) skip the checks on the actor
-- but still keep the last active owner.
create function app.guard_staff()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
    from_app boolean := session_user = 'resto360_app';
    actor uuid := auth.current_user_id();
    actor_is_owner boolean := auth.has_permission('staff.manage_privileged');
begin
    if tg_op = 'DELETE' then
        raise exception using errcode = 'R3414', message = 'staff members are deactivated, never deleted';
    end if;

    if tg_op = 'INSERT' then
        if from_app and not actor_is_owner and new.role in ('owner', 'manager') then
            raise exception using errcode = 'R3412',
                message = 'only an owner can add or edit owners and managers';
        end if;
        new.display_name := pg_catalog.btrim(new.display_name);
        return new;
    end if;

    if new.restaurant_id is distinct from old.restaurant_id or new.id is distinct from old.id
        or new.user_id is distinct from old.user_id or new.phone is distinct from old.phone
        or new.created_at is distinct from old.created_at then
        raise exception using errcode = 'R3420', message = 'a staff member''s identity cannot change';
    end if;

    if from_app then
        if new.role is distinct from old.role and old.user_id = actor then
            raise exception using errcode = 'R3410', message = 'nobody can change their own role';
        end if;
        if old.active and not new.active and old.user_id = actor then
            raise exception using errcode = 'R3417', message = 'nobody can deactivate themselves';
        end if;
        if not actor_is_owner and (old.role in ('owner', 'manager') or new.role in ('owner', 'manager')) then
            raise exception using errcode = 'R3412',
                message = 'only an owner can add or edit owners and managers';
        end if;
    end if;

    -- Serialise staff changes per restaurant so that two owners demoting each other at
    -- the same time cannot both see the other as the remaining owner.
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(old.restaurant_id::text, 360));
    if old.role = 'owner' and old.active and (new.role <> 'owner' or not new.active)
        and not exists (select 1 from app.staff o
                        where o.restaurant_id = old.restaurant_id and o.id <> old.id
                          and o.role = 'owner' and o.active) then
        raise exception using errcode = 'R3411',
            message = 'the last active owner cannot be demoted or deactivated';
    end if;

    new.display_name := pg_catalog.btrim(new.display_name);
    new.version := old.version + 1;
    new.updated_at := pg_catalog.now();
    return new;
end
$$;

create function app.guard_restaurant()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
    if new.id is distinct from old.id or new.slug is distinct from old.slug
        or new.created_at is distinct from old.created_at then
        raise exception using errcode = 'R3420', message = 'a restaurant''s identity cannot change';
    end if;
    if not exists (select 1 from pg_catalog.pg_timezone_names z where z.name = new.time_zone) then
        raise exception using errcode = 'R3420', message = 'unknown time zone',
            detail = pg_catalog.format('%L is not an IANA time zone name.', new.time_zone);
    end if;
    new.name := pg_catalog.btrim(new.name);
    new.version := old.version + 1;
    new.updated_at := pg_catalog.now();
    return new;
end
$$;

create function app.write_audit()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
    row_data jsonb := pg_catalog.to_jsonb(new);
    target_restaurant uuid := coalesce(row_data ->> 'restaurant_id', row_data ->> 'id')::uuid;
begin
    insert into app.audit_log (restaurant_id, actor_user_id, action, entity, entity_id, before_data, after_data)
    values (target_restaurant, auth.current_user_id(), pg_catalog.lower(tg_op), tg_table_name, new.id,
            case when tg_op = 'UPDATE' then pg_catalog.to_jsonb(old) end, row_data);
    return null;
end
$$;

create trigger staff_require_session before insert or update or delete on app.staff
    for each statement execute function app.require_session();
create trigger staff_guard before insert or update or delete on app.staff
    for each row execute function app.guard_staff();
create trigger staff_audit after insert or update on app.staff
    for each row execute function app.write_audit();

create trigger restaurants_require_session before insert or update or delete on app.restaurants
    for each statement execute function app.require_session();
create trigger restaurants_guard before update on app.restaurants
    for each row execute function app.guard_restaurant();
create trigger restaurants_audit after insert or update on app.restaurants
    for each row execute function app.write_audit();

alter table app.restaurants enable row level security;
alter table app.restaurants force row level security;
alter table app.staff enable row level security;
alter table app.staff force row level security;
alter table app.audit_log enable row level security;
alter table app.audit_log force row level security;

create policy restaurants_select on app.restaurants for select to resto360_app
    using (id = (select auth.current_restaurant_id()));
create policy restaurants_update on app.restaurants for update to resto360_app
    using (id = (select auth.current_restaurant_id()) and (select auth.has_permission('settings.edit')))
    with check (id = (select auth.current_restaurant_id()));

-- Everyone sees their own membership; staff managers see the whole restaurant.
create policy staff_select on app.staff for select to resto360_app
    using (restaurant_id = (select auth.current_restaurant_id())
           and ((select auth.has_permission('staff.view')) or user_id = (select auth.current_user_id())));
create policy staff_update on app.staff for update to resto360_app
    using (restaurant_id = (select auth.current_restaurant_id()) and (select auth.has_permission('staff.manage')))
    with check (restaurant_id = (select auth.current_restaurant_id()));

create policy audit_select on app.audit_log for select to resto360_app
    using (restaurant_id = (select auth.current_restaurant_id()) and (select auth.has_permission('audit.view')));

-- Staff rows as the staff page lists them.
create view app.staff_directory with (security_invoker = true) as
    select s.restaurant_id, s.id, s.display_name, s.phone, s.role,
           case s.role when 'owner' then 1 when 'manager' then 2 when 'cashier' then 3
                       when 'kitchen' then 4 else 5 end as role_rank,
           s.active, s.version, s.user_id, s.created_at, s.updated_at
    from app.staff s;

create function auth.raise_not_signed_in()
returns void
language plpgsql
set search_path = ''
as $$
begin
    raise exception using errcode = 'R3440', message = 'not signed in',
        hint = 'The access token is missing, invalid or expired, or the membership is inactive.';
end
$$;

-- Adds a membership; creates the person first when the phone has no account. For an
-- existing person the key arguments are ignored and their password stays as it is.
create function auth.insert_staff_member(p_restaurant_id uuid, p_phone text, p_display_name text,
                                         p_role text, p_salt bytea, p_ops_limit integer,
                                         p_mem_limit bigint, p_key bytea, p_must_change boolean)
returns table (staff_id uuid, existing_account boolean)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    person uuid;
    existed boolean := true;
    new_staff uuid;
begin
    select u.id into person from auth.users u where u.phone = p_phone;
    if person is null then
        if p_key is null or pg_catalog.octet_length(p_key) <> 32 then
            raise exception using errcode = 'R3421', message = 'an initial password is required for a new person';
        end if;
        existed := false;
        insert into auth.users (phone, kdf_salt, kdf_ops_limit, kdf_mem_limit, verifier, must_change_password)
        values (p_phone, p_salt, p_ops_limit, p_mem_limit, extensions.digest(p_key, 'sha256'), p_must_change)
        returning id into person;
    end if;

    begin
        insert into app.staff (restaurant_id, user_id, display_name, phone, role)
        values (p_restaurant_id, person, p_display_name, p_phone, p_role)
        returning id into new_staff;
    exception when unique_violation then
        raise exception using errcode = 'R3416', message = 'this person already has this role here';
    end;
    return query select new_staff, existed;
end
$$;

-- What the staff form shows for a phone number: 'member' (already on this restaurant's
-- staff), 'account' (has an account, so keeps their password) or 'none'. Nothing about
-- other restaurants is returned.
create function auth.phone_status(p_phone text)
returns text
language plpgsql stable security definer
set search_path = ''
as $$
declare
    here uuid := auth.current_restaurant_id();
    person uuid;
begin
    if here is null then
        perform auth.raise_not_signed_in();
    end if;
    if not auth.has_permission('staff.manage') then
        raise exception using errcode = 'R3403', message = 'permission denied: managing staff';
    end if;
    select u.id into person from auth.users u where u.phone = p_phone;
    if person is null then
        return 'none';
    end if;
    if exists (select 1 from app.staff s where s.restaurant_id = here and s.user_id = person) then
        return 'member';
    end if;
    return 'account';
end
$$;

create function auth.add_staff(p_phone text, p_display_name text, p_role text, p_salt bytea,
                               p_ops_limit integer, p_mem_limit bigint, p_key bytea)
returns table (staff_id uuid, existing_account boolean)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    here uuid := auth.current_restaurant_id();
begin
    if here is null then
        perform auth.raise_not_signed_in();
    end if;
    if not auth.has_permission('staff.manage') then
        raise exception using errcode = 'R3403', message = 'permission denied: managing staff';
    end if;
    if p_role in ('owner', 'manager') and not auth.has_permission('staff.manage_privileged') then
        raise exception using errcode = 'R3412', message = 'only an owner can add or edit owners and managers';
    end if;
    return query select * from auth.insert_staff_member(
        here, p_phone, p_display_name, p_role, p_salt, p_ops_limit, p_mem_limit, p_key, true);
end
$$;

-- Whether the caller may reset this staff member's password: 'allowed', 'self' (use the
-- profile page), 'not_owner', 'other_restaurants' (the person belongs to a restaurant the
-- caller does not own) or 'not_found'.
create function auth.password_reset_status(p_staff_id uuid)
returns text
language plpgsql stable security definer
set search_path = ''
as $$
declare
    claims record;
    target uuid;
begin
    select * into claims from auth.current_claims();
    if claims.restaurant_id is null then
        perform auth.raise_not_signed_in();
    end if;
    if not auth.has_permission('staff.reset_password') then
        return 'not_owner';
    end if;
    select s.user_id into target from app.staff s
    where s.restaurant_id = claims.restaurant_id and s.id = p_staff_id;
    if target is null then
        return 'not_found';
    end if;
    if target = claims.user_id then
        return 'self';
    end if;
    if exists (select 1 from app.staff m
               where m.user_id = target
                 and not exists (select 1 from app.staff o
                                 where o.restaurant_id = m.restaurant_id and o.user_id = claims.user_id
                                   and o.role = 'owner' and o.active)) then
        return 'other_restaurants';
    end if;
    return 'allowed';
end
$$;

-- Sets a temporary password that must be changed at the next sign-in, and signs the
-- person out everywhere.
create function auth.reset_staff_password(p_staff_id uuid, p_salt bytea, p_ops_limit integer,
                                          p_mem_limit bigint, p_key bytea)
returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    verdict text := auth.password_reset_status(p_staff_id);
    target uuid;
begin
    if verdict <> 'allowed' then
        raise exception using errcode = 'R3413', message = 'password reset not allowed',
            detail = verdict;
    end if;
    if p_key is null or pg_catalog.octet_length(p_key) <> 32 then
        raise exception using errcode = 'R3420', message = 'invalid derived key length';
    end if;

    select s.user_id into strict target from app.staff s
    where s.restaurant_id = auth.current_restaurant_id() and s.id = p_staff_id;
    update auth.users u
    set kdf_salt = p_salt, kdf_ops_limit = p_ops_limit, kdf_mem_limit = p_mem_limit,
        verifier = extensions.digest(p_key, 'sha256'),
        must_change_password = true, password_changed_at = pg_catalog.now()
    where u.id = target;
    update auth.sessions s
    set revoked_at = pg_catalog.now(), revoked_reason = 'password reset'
    where s.user_id = target and s.revoked_at is null;
    insert into app.audit_log (restaurant_id, actor_user_id, action, entity, entity_id)
    values (auth.current_restaurant_id(), auth.current_user_id(), 'reset_password', 'staff', p_staff_id);
end
$$;

-- Turns a restaurant name into a unique URL-style identifier.
create function auth.make_slug(p_name text)
returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    base text;
    candidate text;
    suffix integer := 1;
begin
    base := pg_catalog.lower(pg_catalog.translate(p_name,
        'àáâäãåçèéêëìíîïñòóôöõùúûüýÿœÀÁÂÄÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÖÕÙÚÛÜÝŸŒ',
        'aaaaaaceeeeiiiinooooouuuuyyoAAAAAACEEEEIIIINOOOOOUUUUYYO'));
    base := pg_catalog.btrim(pg_catalog.regexp_replace(base, '[^a-z0-9]+', '-', 'g'), '-');
    if base = '' then
        base := 'restaurant';
    end if;
    base := pg_catalog.left(base, 60);
    candidate := base;
    while exists (select 1 from app.restaurants r where r.slug = candidate) loop
        suffix := suffix + 1;
        candidate := base || '-' || suffix;
    end loop;
    return candidate;
end
$$;

-- First-run setup and provisioning: creates a restaurant and its owner. Only an
-- administrator may call it; the application login may not.
create function auth.create_restaurant(p_name text, p_phone text, p_address text, p_time_zone text,
                                       p_currency text, p_language text, p_owner_name text,
                                       p_owner_phone text, p_salt bytea, p_ops_limit integer,
                                       p_mem_limit bigint, p_key bytea)
returns uuid
language plpgsql volatile security definer
set search_path = ''
as $$
declare
    new_restaurant uuid;
begin
    if not exists (select 1 from pg_catalog.pg_timezone_names z where z.name = p_time_zone) then
        raise exception using errcode = 'R3420', message = 'unknown time zone',
            detail = pg_catalog.format('%L is not an IANA time zone name.', p_time_zone);
    end if;
    insert into app.restaurants (name, slug, phone, address, time_zone, currency, default_language)
    values (pg_catalog.btrim(p_name), auth.make_slug(p_name), p_phone, coalesce(p_address, ''),
            p_time_zone, p_currency, p_language)
    returning id into new_restaurant;
    perform auth.insert_staff_member(new_restaurant, p_owner_phone, p_owner_name, 'owner',
                                     p_salt, p_ops_limit, p_mem_limit, p_key, false);
    return new_restaurant;
end
$$;

-- Hand every SECURITY DEFINER function to resto360_auth and let nobody but the
-- application login call the ones it needs.
do $$
declare
    fn record;
begin
    for fn in
        select p.oid::regprocedure as signature
        from pg_catalog.pg_proc p
        join pg_catalog.pg_namespace n on n.oid = p.pronamespace
        where n.nspname in ('auth', 'app') and p.prosecdef
    loop
        execute pg_catalog.format('alter function %s owner to resto360_auth', fn.signature);
    end loop;
end
$$;

revoke execute on all functions in schema auth, app from public;
grant execute on all functions in schema auth, app to resto360_auth, resto360_owner;

grant execute on function
    auth.current_restaurant_id(),
    auth.current_user_id(),
    auth.current_staff_id(),
    auth.current_claims(),
    auth.has_permission(text),
    auth.server_id(),
    auth.login_parameters(text),
    auth.login(text, bytea, text),
    auth.list_memberships(text),
    auth.refresh(text, uuid),
    auth.logout(text),
    auth.logout_everywhere(),
    auth.my_profile(),
    auth.set_my_language(text),
    auth.change_my_password(bytea, bytea, integer, bigint, bytea),
    auth.phone_status(text),
    auth.add_staff(text, text, text, bytea, integer, bigint, bytea),
    auth.password_reset_status(uuid),
    auth.reset_staff_password(uuid, bytea, integer, bigint, bytea)
to resto360_app;

grant execute on function auth.create_restaurant(text, text, text, text, text, text, text, text,
                                                 bytea, integer, bigint, bytea)
to resto360_owner;

grant select on app.restaurants, app.staff, app.audit_log, app.staff_directory to resto360_app;
grant update (name, phone, address, time_zone, currency, default_language) on app.restaurants to resto360_app;
grant update (display_name, role, active) on app.staff to resto360_app;
