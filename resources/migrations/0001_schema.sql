-- Schemas, tables and the role/permission catalogue.
-- Runs as resto360_owner, inside the migration transaction.

create schema extensions;
create extension pgcrypto with schema extensions;

create schema auth;
create schema app;

revoke all on schema auth from public;
revoke all on schema app from public;
revoke all on schema extensions from public;
grant usage on schema auth, app to resto360_app, resto360_auth;
grant usage on schema extensions to resto360_auth;

-- One row: the id of this database server (part of the keychain key for a stored session)
-- and the key that makes stable fake salts for phone numbers with no account.
create table auth.instance (
    singleton boolean primary key default true check (singleton),
    server_id uuid not null default gen_random_uuid(),
    fake_salt_key bytea not null default extensions.gen_random_bytes(32),
    session_lifetime interval not null default interval '30 days',
    access_token_lifetime interval not null default interval '15 minutes'
);
insert into auth.instance default values;

create table auth.roles (
    name text primary key,
    rank integer not null unique
);
insert into auth.roles (name, rank) values
    ('owner', 1), ('manager', 2), ('cashier', 3), ('kitchen', 4), ('driver', 5);

create table auth.role_permissions (
    role text not null references auth.roles (name),
    permission text not null,
    primary key (role, permission)
);
insert into auth.role_permissions (role, permission) values
    ('owner', 'staff.view'),
    ('owner', 'staff.manage'),
    ('owner', 'staff.manage_privileged'),
    ('owner', 'staff.reset_password'),
    ('owner', 'settings.view'),
    ('owner', 'settings.edit'),
    ('owner', 'audit.view'),
    ('owner', 'profile.edit'),
    ('manager', 'staff.view'),
    ('manager', 'staff.manage'),
    ('manager', 'settings.view'),
    ('manager', 'profile.edit'),
    ('cashier', 'profile.edit'),
    ('kitchen', 'profile.edit'),
    ('driver', 'profile.edit');

-- One person, identified by a phone number in E.164 form. The verifier is the SHA-256 of
-- an Argon2id key that the PC derives; the password itself never reaches the server.
create table auth.users (
    id uuid primary key default gen_random_uuid(),
    phone text not null unique check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    kdf_algorithm text not null default 'argon2id13' check (kdf_algorithm = 'argon2id13'),
    kdf_salt bytea not null check (octet_length(kdf_salt) = 16),
    kdf_ops_limit integer not null check (kdf_ops_limit between 1 and 10),
    kdf_mem_limit bigint not null check (kdf_mem_limit between 8388608 and 1073741824),
    verifier bytea not null check (octet_length(verifier) = 32),
    must_change_password boolean not null default false,
    language text check (language in ('fr', 'en')),
    active boolean not null default true,
    created_at timestamptz not null default now(),
    password_changed_at timestamptz not null default now()
);

create table auth.signing_keys (
    kid text primary key,
    secret bytea not null check (octet_length(secret) >= 32),
    created_at timestamptz not null default now(),
    retired_at timestamptz
);
insert into auth.signing_keys (kid, secret)
values (encode(extensions.gen_random_bytes(9), 'hex'), extensions.gen_random_bytes(32));

-- A session is one sign-in on one PC; its refresh tokens form a family.
create table auth.sessions (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references auth.users (id),
    restaurant_id uuid,
    staff_id uuid,
    device text not null default '',
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    last_used_at timestamptz not null default now(),
    revoked_at timestamptz,
    revoked_reason text
);
create index sessions_user_idx on auth.sessions (user_id) where revoked_at is null;

-- Refresh tokens are stored as SHA-256 hashes only.
create table auth.refresh_tokens (
    token_hash bytea primary key,
    session_id uuid not null references auth.sessions (id) on delete cascade,
    issued_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at timestamptz
);
create index refresh_tokens_session_idx on auth.refresh_tokens (session_id);

-- Failed sign-ins per phone number, known or not.
create table auth.login_throttle (
    phone text primary key,
    failures integer not null default 0,
    last_failure_at timestamptz,
    locked_until timestamptz
);

create table app.restaurants (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(btrim(name)) between 1 and 120),
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    phone text check (phone is null or phone ~ '^\+[1-9][0-9]{6,14}$'),
    address text not null default '' check (length(address) <= 500),
    time_zone text not null default 'Africa/Abidjan',
    currency text not null default 'XOF' check (currency ~ '^[A-Z]{3}$'),
    default_language text not null default 'fr' check (default_language in ('fr', 'en')),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

-- A person's membership in one restaurant. restaurant_id leads every key so that the
-- table can be distributed by restaurant.
create table app.staff (
    restaurant_id uuid not null references app.restaurants (id),
    id uuid not null default gen_random_uuid(),
    user_id uuid not null references auth.users (id),
    display_name text not null check (length(btrim(display_name)) between 1 and 120),
    phone text not null,
    role text not null references auth.roles (name),
    active boolean not null default true,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (restaurant_id, id),
    unique (restaurant_id, user_id, role)
);
create index staff_user_idx on app.staff (user_id);

create table app.audit_log (
    restaurant_id uuid not null references app.restaurants (id),
    id bigint generated always as identity,
    happened_at timestamptz not null default now(),
    actor_user_id uuid,
    action text not null,
    entity text not null,
    entity_id uuid,
    before_data jsonb,
    after_data jsonb,
    primary key (restaurant_id, id)
);
