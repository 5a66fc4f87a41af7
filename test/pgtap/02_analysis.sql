-- Contracts of the analysis layer: signatures, columns, markings, security of the install
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS geopol;
SELECT plan(33);

SELECT has_function('geopol', 'mentions', ARRAY['text', 'date']);
SELECT has_function('geopol', 'relations', ARRAY['text', 'date']);
SELECT has_function('geopol', 'topics', ARRAY['text']);
SELECT has_function('geopol', 'analyze', ARRAY['text', 'date']);
SELECT has_function('geopol', 'actor_tsvector', ARRAY['text']);

-- they read the dictionary tables: STABLE; actor_tsvector is IMMUTABLE by design (index expressions)
SELECT volatility_is('geopol', 'mentions', ARRAY['text', 'date'], 'stable');
SELECT volatility_is('geopol', 'relations', ARRAY['text', 'date'], 'stable');
SELECT volatility_is('geopol', 'topics', ARRAY['text'], 'stable');
SELECT volatility_is('geopol', 'analyze', ARRAY['text', 'date'], 'stable');
SELECT volatility_is('geopol', 'actor_tsvector', ARRAY['text'], 'immutable');

SELECT is((SELECT string_agg(p.proname, ',' ORDER BY p.proname) FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'geopol' AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
             AND p.prorettype <> 'trigger'::regtype AND p.proname NOT IN ('_as_owner', '_depend_on_extension')
             AND p.proparallel <> 's'),
          NULL, 'every C function but the trigger, _as_owner and _depend_on_extension is PARALLEL SAFE');
-- _as_owner runs a statement (that writes) as another role, _depend_on_extension
-- writes the catalog: never in a parallel worker, never folded
SELECT is((SELECT proparallel::text || provolatile::text FROM pg_proc WHERE oid = 'geopol._as_owner(regclass,text,text[])'::regprocedure),
          'uv', '_as_owner is PARALLEL UNSAFE and VOLATILE');
SELECT is((SELECT proparallel::text || provolatile::text FROM pg_proc WHERE oid = 'geopol._depend_on_extension(regclass)'::regprocedure),
          'uv', '_depend_on_extension is PARALLEL UNSAFE and VOLATILE');

-- the columns each function returns: its row type's (defined once, in src/pg/pg_rows.h)
CREATE FUNCTION pg_temp.returned_columns(f regprocedure) RETURNS text LANGUAGE sql AS $$
    SELECT format_type(p.prorettype, NULL) || ': ' || string_agg(a.attname, ',' ORDER BY a.attnum)
    FROM pg_proc p JOIN pg_type t ON t.oid = p.prorettype JOIN pg_attribute a ON a.attrelid = t.typrelid
    WHERE p.oid = f AND p.proretset AND a.attnum > 0 AND NOT a.attisdropped
    GROUP BY p.prorettype $$;
SELECT is(pg_temp.returned_columns('geopol.mentions(text,date)'),
          'geopol.mention_row: sentence,start_pos,len,surface,actor,entity,kind,country,sector', 'mentions columns');
SELECT is(pg_temp.returned_columns('geopol.relations(text,date)'),
          'geopol.relation_row: sentence,source,target,event,mode,quad,score,negated,hypothetical,cue,start_pos,len,evidence,rule,main,kind,tone',
          'relations columns');
SELECT is(pg_temp.returned_columns('geopol.topics(text)'), 'geopol.topic_row: topic,score,hits,terms', 'topics columns');
SELECT is((SELECT format_type(prorettype, NULL) FROM pg_proc WHERE oid = 'geopol.analyze(text,date)'::regprocedure),
          'jsonb', 'analyze returns jsonb');
SELECT is((SELECT pronargdefaults FROM pg_proc WHERE oid = 'geopol.mentions(text,date)'::regprocedure)::int, 1,
          'doc_date defaults to NULL');

-- the dictionary tables exist with their keys and are user-editable
SELECT has_table('geopol', 'actor', 'actor table');
SELECT has_table('geopol', 'alias', 'alias table');
SELECT has_table('geopol', 'leader_term', 'leader_term table');
SELECT has_table('geopol', 'state_parent', 'state_parent table');
SELECT has_table('geopol', 'cue', 'cue table');
SELECT has_table('geopol', 'topic_term', 'topic_term table');
SELECT col_is_pk('geopol', 'actor', 'code', 'actor code is the key');
SELECT fk_ok('geopol', 'alias', 'actor', 'geopol', 'actor', 'code');
SELECT fk_ok('geopol', 'cue', 'event', 'geopol', 'event_type', 'event');

-- the 16 PLOVER event types with their quads and base scores
SELECT results_eq($$SELECT event, quad::int, base_score::numeric FROM geopol.event_type ORDER BY event$$,
  $$VALUES ('ACCUSE', 3, -3), ('AGREE', 1, 2.5), ('AID', 2, 10), ('ASSAULT', 4, -9), ('COERCE', 4, -7),
           ('CONCEDE', 1, 4.5), ('CONSULT', 1, 2.5), ('COOPERATE', 2, 9.5), ('MOBILIZE', 4, -5.5),
           ('PROTEST', 4, -5), ('REJECT', 3, -2), ('REQUEST', 3, 0), ('RETREAT', 2, 6.5),
           ('SANCTION', 4, -6), ('SUPPORT', 1, 5), ('THREATEN', 3, -3.5)$$,
  'PLOVER event types');

-- user rows are dumped by pg_dump, shipped rows are not
SELECT ok((SELECT ARRAY['actor', 'alias', 'leader_term', 'state_parent', 'cue', 'cue_modifier', 'topic', 'topic_term', 'country_indicator',
                   'country_weight', 'mention_role', 'ticker_rule']::name[]
                  <@ array_agg(c.relname)
             FROM pg_extension e, unnest(e.extconfig) cfg JOIN pg_class c ON c.oid = cfg
            WHERE e.extname = 'geopol'), 'the dictionary tables are registered with pg_extension_config_dump');

-- a hostile search_path does not change what the functions do
CREATE SCHEMA hostile;
CREATE FUNCTION hostile.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT 'pwned' $$;
CREATE FUNCTION hostile.btrim(text) RETURNS text LANGUAGE sql AS $$ SELECT '' $$;
CREATE FUNCTION hostile.count_rows(anyelement) RETURNS bigint LANGUAGE sql AS $$ SELECT 0::bigint $$;
CREATE FUNCTION hostile.textne(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT false $$;
CREATE OPERATOR hostile.<> (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.textne);
-- the dictionary is compiled again under the hostile path (an edit invalidates it)
UPDATE geopol.event_type SET description = description WHERE event = 'AGREE';
SET LOCAL search_path = hostile, pg_catalog, public;
SELECT is((SELECT string_agg(actor, ',' ORDER BY start_pos) FROM geopol.mentions('Russia and China.')), 'RUS,CHN',
          'mentions under a hostile search_path');
SELECT lives_ok($$INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES ('Rossiya-test', 'RUS', 'Russia', 'state')$$,
                'dictionary constraints under a hostile search_path');
RESET search_path;

-- results do not depend on the session's settings
SET LOCAL DateStyle = 'SQL, DMY';
SELECT is((SELECT actor FROM geopol.mentions('Putin spoke.', '2015-06-01')), 'RUS', 'leader term with another DateStyle');
SELECT is((SELECT count(*)::int FROM geopol.mentions('Putin spoke.', '1990-06-01') WHERE actor IS NULL), 1,
          'no government outside the term');

SELECT * FROM finish();
ROLLBACK;
