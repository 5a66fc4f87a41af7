-- geopol 0.3.0 -> 0.4.0, after the new code: state that needs it.

-- a user's row with the key of a shipped row replaces it (an override that
-- pg_dump keeps and restores): geopol._user_row_replaces() is new code
CREATE TRIGGER country_indicator_user_row BEFORE INSERT ON geopol.country_indicator
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('term');
CREATE TRIGGER country_weight_user_row BEFORE INSERT ON geopol.country_weight
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('evidence');
CREATE TRIGGER mention_role_user_row BEFORE INSERT ON geopol.mention_role
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('role');
CREATE TRIGGER ticker_rule_user_row BEFORE INSERT ON geopol.ticker_rule
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('suffix', 'priority');
CREATE TRIGGER igo_seat_user_row BEFORE INSERT ON geopol.igo_seat
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('igo');
CREATE TRIGGER state_parent_user_row BEFORE INSERT ON geopol.state_parent
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('actor');
