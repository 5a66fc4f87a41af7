# petr_actors.awk — PETRARCH/TABARI actor dictionary -> rows for geopol_eval.petr_actor_raw
#
#   awk -f eval/petr_actors.awk PETR.Validate.actors.txt
#
# Output, tab-separated, one row per (phrase, code restriction):
#   entry   phrase   code   valid_from   valid_to   is_default
# entry: running number of the dictionary record (primary phrase + its +synonyms);
# phrase: the words of the name, underscores turned into spaces, as written (upper case);
# code: the CAMEO-style code in upper case ('---', '+++', '###' = null code: phrase is known but codes nothing;
#       'ELR/GAL' style multi-actor codes are split into one row per code);
# valid_from/valid_to: YYYY-MM-DD or empty (TABARI date restrictions '<date', '>date', 'date-date';
#       6-digit dates are YYMMDD with YY < 30 read as 20YY);
# is_default: t for the code given on the primary line or as an undated restriction line (it applies
#       outside every dated restriction; the SQL loader computes those gaps), f for dated restrictions.
#
# Supported format (PETRARCH "Actor Dictionary" documentation): '#' and ';' comments, one-line and
# multi-line <!-- --> comments, lines starting with '<', primary lines "PHRASE [CODE]" (code optional),
# "+SYNONYM" lines, indented "[CODE restriction]" lines (also a bare indented "[CODE]").
# Not supported: nothing else is known to occur in PETR.Validate.actors.txt.

function flush(   i, j, n, codes, c) {
    if (nphr == 0) { nres = 0; defcode = ""; return }
    entry++
    for (i = 1; i <= nphr; i++) {
        if (defcode != "") {
            n = split(defcode, codes, "/")
            for (j = 1; j <= n; j++) if (codes[j] != "")
                printf "%d\t%s\t%s\t\t\tt\n", entry, phr[i], codes[j]
        }
        for (j = 1; j <= nres; j++) {
            n = split(rcode[j], codes, "/")
            for (c = 1; c <= n; c++) if (codes[c] != "")
                printf "%d\t%s\t%s\t%s\t%s\t%s\n", entry, phr[i], codes[c], rfrom[j], rto[j], (rfrom[j] == "" && rto[j] == "") ? "t" : "f"
        }
    }
    nphr = 0; nres = 0; defcode = ""
}

function fulldate(d,   y) {
    gsub(/[^0-9]/, "", d)
    if (length(d) == 6) {
        y = substr(d, 1, 2) + 0
        d = (y < 30 ? "20" : "19") d
    }
    if (length(d) != 8) return ""
    return substr(d, 1, 4) "-" substr(d, 5, 2) "-" substr(d, 7, 2)
}

function phrase(s) {
    gsub(/_/, " ", s)
    gsub(/[ \t]+/, " ", s)
    sub(/^ /, "", s); sub(/ $/, "", s)
    return s
}

# "[CODE restriction]" -> appends a restriction (or sets the default code)
function restriction(s,   code, rest) {
    sub(/^[ \t]*\[[ \t]*/, "", s); sub(/\].*$/, "", s)
    code = s; sub(/[ \t].*$/, "", code)
    rest = s; sub(/^[^ \t]*/, "", rest); gsub(/[ \t]/, "", rest)
    code = toupper(code)
    nres++
    rcode[nres] = code; rfrom[nres] = ""; rto[nres] = ""
    if (rest ~ /^</)            rto[nres] = fulldate(substr(rest, 2))
    else if (rest ~ /^>/)       rfrom[nres] = fulldate(substr(rest, 2))
    else if (rest ~ /-/) {
        rfrom[nres] = fulldate(substr(rest, 1, index(rest, "-") - 1))
        rto[nres]   = fulldate(substr(rest, index(rest, "-") + 1))
    }
}

BEGIN { incomment = 0; nphr = 0; nres = 0; entry = 0; defcode = "" }
{
    line = $0
    sub(/\r$/, "", line)
    if (incomment) {
        if (index(line, "-->") == 0) next
        line = substr(line, index(line, "-->") + 3); incomment = 0
    }
    # one-line comments inside a line
    while (match(line, /<!--.*-->/)) line = substr(line, 1, RSTART - 1) substr(line, RSTART + RLENGTH)
    if (index(line, "<!--")) { line = substr(line, 1, index(line, "<!--") - 1); incomment = 1 }
    if (line ~ /^</) next
    sub(/[#;].*$/, "", line)
    if (line ~ /^[ \t]*$/) next

    if (line ~ /^[ \t]+\[/) { restriction(line); next }          # indented code line
    if (line ~ /^\+/) {                                           # synonym
        s = substr(line, 2); sub(/\[.*$/, "", s)
        s = phrase(s); if (s != "") phr[++nphr] = s
        next
    }
    # a primary line starts a new record
    flush()
    s = line
    if (match(s, /\[[^]]*\]/)) {
        c = substr(s, RSTART, RLENGTH)
        s = substr(s, 1, RSTART - 1)
        restriction(c)
        if (rfrom[nres] == "" && rto[nres] == "") { defcode = rcode[nres]; nres-- }
    }
    s = phrase(s); if (s != "") phr[++nphr] = s
}
END { flush() }
