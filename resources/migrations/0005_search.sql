-- Accent- and case-insensitive search of staff names, so "elodie" finds "Élodie".
-- unaccent is a trusted extension, so the database owner may create it.

create extension unaccent with schema extensions;

-- Folds text for searching: lower case, accents removed.
create function app.search_key(p_text text)
returns text
language sql immutable parallel safe strict
set search_path = ''
as $$
    select pg_catalog.lower(extensions.unaccent('extensions.unaccent'::regdictionary, p_text))
$$;

grant usage on schema extensions to resto360_app;
revoke execute on function app.search_key(text) from public;
grant execute on function app.search_key(text) to resto360_app, resto360_auth, resto360_owner;
