-- The statement-level UPDATE triggers of 0009 fired on every update of an event, so the monthly
-- settlement (one UPDATE of every approved event: state, settlement_id) paid for a visibility upsert it
-- cannot affect. Visibility only depends on who, whom and when, so updates are now caught per row and only
-- when those columns are in the SET list and actually change; inserts stay set-based.
DROP TRIGGER voucher_events_visible_upd ON voucher_events;
--> statement-breakpoint
DROP TRIGGER voucher_bookings_visible_upd ON voucher_bookings;
--> statement-breakpoint
DROP TRIGGER voucher_rights_visible_upd ON voucher_service_team_rights;
--> statement-breakpoint
DROP TRIGGER voucher_clients_visible_rename ON voucher_clients;
--> statement-breakpoint
CREATE FUNCTION voucher_visible_widen(p_provider uuid, p_client uuid, p_until date) RETURNS void LANGUAGE sql AS $$
  INSERT INTO voucher_visible_clients (provider_id, client_id, name, visible_until)
  SELECT p_provider, p_client, c.name, p_until FROM voucher_clients c WHERE c.id = p_client
  ON CONFLICT (provider_id, client_id)
  DO UPDATE SET visible_until = greatest(voucher_visible_clients.visible_until, excluded.visible_until);
$$;
--> statement-breakpoint
CREATE FUNCTION voucher_visible_event_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM voucher_visible_widen(NEW.provider_id, NEW.client_id, (NEW.event_date + interval '3 years')::date + 1);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION voucher_visible_booking_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.cancelled_at IS NULL THEN
    PERFORM voucher_visible_widen(NEW.provider_id, NEW.client_id, (NEW.booking_date + interval '3 years')::date + 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION voucher_visible_right_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM voucher_visible_widen(NEW.provider_id, NEW.client_id, coalesce(NEW.valid_to, date '9999-12-31'));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION voucher_visible_client_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE voucher_visible_clients SET name = NEW.name WHERE client_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER voucher_events_visible_upd AFTER UPDATE OF provider_id, client_id, event_date ON voucher_events
  FOR EACH ROW WHEN (OLD.provider_id IS DISTINCT FROM NEW.provider_id OR OLD.client_id IS DISTINCT FROM NEW.client_id
    OR OLD.event_date IS DISTINCT FROM NEW.event_date)
  EXECUTE FUNCTION voucher_visible_event_row();
--> statement-breakpoint
CREATE TRIGGER voucher_bookings_visible_upd AFTER UPDATE OF provider_id, client_id, booking_date, cancelled_at ON voucher_bookings
  FOR EACH ROW WHEN (OLD.provider_id IS DISTINCT FROM NEW.provider_id OR OLD.client_id IS DISTINCT FROM NEW.client_id
    OR OLD.booking_date IS DISTINCT FROM NEW.booking_date OR OLD.cancelled_at IS DISTINCT FROM NEW.cancelled_at)
  EXECUTE FUNCTION voucher_visible_booking_row();
--> statement-breakpoint
CREATE TRIGGER voucher_rights_visible_upd AFTER UPDATE OF provider_id, client_id, valid_to ON voucher_service_team_rights
  FOR EACH ROW WHEN (OLD.provider_id IS DISTINCT FROM NEW.provider_id OR OLD.client_id IS DISTINCT FROM NEW.client_id
    OR OLD.valid_to IS DISTINCT FROM NEW.valid_to)
  EXECUTE FUNCTION voucher_visible_right_row();
--> statement-breakpoint
CREATE TRIGGER voucher_clients_visible_rename AFTER UPDATE OF name ON voucher_clients
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION voucher_visible_client_row();
--> statement-breakpoint
DROP FUNCTION voucher_visible_client_renamed();
