-- Keeps voucher_visible_clients a superset of the visibility rule in the same statement as the change
-- that makes a client visible, whatever code path inserts (use cases, seed, imports). Statement-level
-- triggers with transition tables do it as one set-based upsert per statement, so a bulk insert of a
-- million events costs one join, not a million upserts. Rows only ever widen here; the search re-checks
-- the exact rule, and a refresh (refreshVisibleClients) narrows and prunes.
-- The extra day absorbs 29 February: date + 3 years may land a day before the rule's own boundary.
CREATE FUNCTION voucher_visible_from_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO voucher_visible_clients (provider_id, client_id, name, visible_until)
  SELECT n.provider_id, n.client_id, c.name, (max(n.event_date) + interval '3 years')::date + 1
  FROM new_rows n JOIN voucher_clients c ON c.id = n.client_id
  GROUP BY n.provider_id, n.client_id, c.name
  ON CONFLICT (provider_id, client_id)
  DO UPDATE SET visible_until = greatest(voucher_visible_clients.visible_until, excluded.visible_until);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION voucher_visible_from_bookings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO voucher_visible_clients (provider_id, client_id, name, visible_until)
  SELECT n.provider_id, n.client_id, c.name, (max(n.booking_date) + interval '3 years')::date + 1
  FROM new_rows n JOIN voucher_clients c ON c.id = n.client_id
  WHERE n.cancelled_at IS NULL
  GROUP BY n.provider_id, n.client_id, c.name
  ON CONFLICT (provider_id, client_id)
  DO UPDATE SET visible_until = greatest(voucher_visible_clients.visible_until, excluded.visible_until);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION voucher_visible_from_rights() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO voucher_visible_clients (provider_id, client_id, name, visible_until)
  SELECT n.provider_id, n.client_id, c.name, max(coalesce(n.valid_to, date '9999-12-31'))
  FROM new_rows n JOIN voucher_clients c ON c.id = n.client_id
  GROUP BY n.provider_id, n.client_id, c.name
  ON CONFLICT (provider_id, client_id)
  DO UPDATE SET visible_until = greatest(voucher_visible_clients.visible_until, excluded.visible_until);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION voucher_visible_client_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE voucher_visible_clients v SET name = n.name
  FROM new_rows n WHERE v.client_id = n.id AND v.name IS DISTINCT FROM n.name;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER voucher_events_visible_ins AFTER INSERT ON voucher_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voucher_visible_from_events();
--> statement-breakpoint
CREATE TRIGGER voucher_events_visible_upd AFTER UPDATE ON voucher_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voucher_visible_from_events();
--> statement-breakpoint
CREATE TRIGGER voucher_bookings_visible_ins AFTER INSERT ON voucher_bookings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voucher_visible_from_bookings();
--> statement-breakpoint
CREATE TRIGGER voucher_bookings_visible_upd AFTER UPDATE ON voucher_bookings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voucher_visible_from_bookings();
--> statement-breakpoint
CREATE TRIGGER voucher_rights_visible_ins AFTER INSERT ON voucher_service_team_rights
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voucher_visible_from_rights();
--> statement-breakpoint
CREATE TRIGGER voucher_rights_visible_upd AFTER UPDATE ON voucher_service_team_rights
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voucher_visible_from_rights();
--> statement-breakpoint
CREATE TRIGGER voucher_clients_visible_rename AFTER UPDATE ON voucher_clients
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voucher_visible_client_renamed();
--> statement-breakpoint
-- Backfill from what already exists.
INSERT INTO voucher_visible_clients (provider_id, client_id, name, visible_until)
SELECT s.provider_id, s.client_id, c.name, max(s.until)
FROM (
  SELECT provider_id, client_id, (event_date + interval '3 years')::date + 1 AS until FROM voucher_events
  UNION ALL
  SELECT provider_id, client_id, (booking_date + interval '3 years')::date + 1 FROM voucher_bookings WHERE cancelled_at IS NULL
  UNION ALL
  SELECT provider_id, client_id, coalesce(valid_to, date '9999-12-31') FROM voucher_service_team_rights
) s JOIN voucher_clients c ON c.id = s.client_id
GROUP BY s.provider_id, s.client_id, c.name;
