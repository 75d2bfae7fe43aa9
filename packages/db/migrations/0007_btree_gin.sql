-- btree_gin lets one GIN index hold a provider id next to a name's trigrams, so a provider's client
-- search intersects both inside the index (voucher_visible_clients). Ships with PGlite and PostgreSQL.
CREATE EXTENSION IF NOT EXISTS btree_gin;
