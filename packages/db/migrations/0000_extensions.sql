-- Trigram search (client and customer name search) on both PostgreSQL and PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
