-- text search parser and configuration on the geopol.icu tokenizer
CREATE TEXT SEARCH PARSER geopol.icu (
    START    = geopol._prs_start,
    GETTOKEN = geopol._prs_gettoken,
    END      = geopol._prs_end,
    LEXTYPES = geopol._prs_lextype,
    HEADLINE = pg_catalog.prsd_headline
);
COMMENT ON TEXT SEARCH PARSER geopol.icu IS
    'ICU word breaks (UAX #29 plus dictionaries for Chinese, Japanese, Thai, Lao, Khmer, Burmese).';

CREATE TEXT SEARCH CONFIGURATION geopol.multilingual (PARSER = geopol.icu);
ALTER TEXT SEARCH CONFIGURATION geopol.multilingual
    ADD MAPPING FOR word, ideo, number WITH pg_catalog.simple;
COMMENT ON TEXT SEARCH CONFIGURATION geopol.multilingual IS
    'Language-neutral configuration on the geopol.icu parser: words of any script, lower-cased, no stemming.';
