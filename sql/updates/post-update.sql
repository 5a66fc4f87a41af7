-- What every update ends with (after the new code).

-- A country name CLDR gave (source cldr) that a shipped alias now has: the
-- curated alias wins, as in a fresh install.
DELETE FROM geopol.alias c
WHERE c.source = 'cldr'
  AND EXISTS (SELECT 1 FROM geopol.alias x
              WHERE x.source NOT IN ('cldr', 'user') AND pg_catalog.lower(x.alias) = pg_catalog.lower(c.alias));

-- the union views over the tracked tables, with the new code's columns
SELECT geopol._rebuild_views();
