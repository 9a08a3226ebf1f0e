-- The people who may change the site, and every sign-in attempt (kept in the database so that
-- throttling holds across instances).

create table editor_account (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null
                  constraint editor_account_email_unique unique
                  constraint editor_account_email_shape check (email ~ '^[^@\s]+@[^@\s]+$' and email = lower(email)),
    display_name  varchar(80)  not null constraint editor_account_name_present check (btrim(display_name) <> ''),
    role          varchar(16)  not null constraint editor_account_role_known check (role in ('EDITOR', 'ADMIN')),
    password_hash varchar(500) not null,
    enabled       boolean      not null default true,
    version       bigint       not null default 0,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);

create table sign_in_attempt (
    id             bigint generated always as identity primary key,
    account        varchar(254) not null,
    client_address varchar(64)  not null,
    attempted_at   timestamptz  not null,
    succeeded      boolean      not null default false
);

-- Serve "recent failures of this account" and "of this address" without scanning.
create index sign_in_attempt_account_idx on sign_in_attempt (account, attempted_at desc);
create index sign_in_attempt_address_idx on sign_in_attempt (client_address, attempted_at desc);
