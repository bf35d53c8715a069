-- Cluster-wide roles. Run by an administrator on any database before migrations; safe to
-- run again. Creating a role with BYPASSRLS needs a superuser.
--
-- resto360_owner  owns every schema, table and view. It cannot log in.
-- resto360_auth   owns the SECURITY DEFINER functions that must look across restaurants
--                 (sign-in, token checks, password resets). It cannot log in; row-level
--                 security does not apply to it, so those functions filter by hand.
-- resto360_app    what the application logs in as. Not a superuser, owns nothing,
--                 subject to row-level security.
do $$
begin
    if not exists (select from pg_catalog.pg_roles where rolname = 'resto360_owner') then
        create role resto360_owner nologin nosuperuser nobypassrls;
    end if;
    if not exists (select from pg_catalog.pg_roles where rolname = 'resto360_auth') then
        create role resto360_auth nologin nosuperuser bypassrls;
    end if;
    if not exists (select from pg_catalog.pg_roles where rolname = 'resto360_app') then
        create role resto360_app login nosuperuser nocreatedb nocreaterole nobypassrls noinherit;
    end if;
end
$$;

-- The owner may hand functions over to resto360_auth. Membership does not pass on BYPASSRLS.
grant resto360_auth to resto360_owner;
