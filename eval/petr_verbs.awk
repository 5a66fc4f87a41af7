# petr_verbs.awk — PETRARCH validation verbs dictionary -> candidate cue rows for geopol_eval.petr_cue_raw
#
#   awk -f eval/petr_verbs.awk PETR.Validate.verbs.txt
#
# Output, tab-separated, one row per candidate cue:
#   block   code   cue   symmetric   status   pattern
# block: the "--- NAME [CODE] ---" header name; code: the PETR code as written (upper case; mapped to PLOVER
# by the SQL loader through data/cameo_plover.tsv); cue: lower-case words separated by single spaces, "*" for a
# gap (the SQL loader re-tokenises each word with geopol's own tokenizer); symmetric: t when the pattern has a
# compound-actor slot (%); status: 'ok' or the reason the pattern cannot be expressed as a geopol cue;
# pattern: the PETR line it came from.
#
# What is supported (PETRARCH "Verb Dictionary" format, validation-suite flavour):
#  - synsets "&NAME" followed by "+phrase" lines (a label or phrase ending in "_" is the same word list;
#    a synset may name an earlier synset: "+&TIETYPES"); used anywhere in a pattern, they are expanded
#    (at most 64 variants per pattern);
#  - blocks "--- NAME [CODE] ---" (the first [CODE] is the block code, "---" or none = no event for the
#    isolated verb); verb lines "VERB {IRREGULAR FORMS} [CODE]" with "_"-joined multi-word verbs and the
#    "+" head-verb marker ("KLM_NOP_+RST", "+BREAK_DOWN {+BROKE_DOWN}"): every listed form gives cues;
#    regular -s/-ed/-ing forms are not generated since geopol stems cue words;
#  - each verb alone is a cue with the verb's (or the block's) code;
#  - patterns "- ... [CODE]": "*" (or "**") is the verb; words joined by "_" must be consecutive, words
#    separated by blanks may have others between them (PETR semantics) -> "*" gap in the cue;
#    "$" (source), "+" (target), "%" (compound actor), "^" (skip a noun phrase) become gaps;
#    leading and trailing gaps are dropped.
# Not supported (reported as status, not loaded):
#  - patterns with the target before the verb or the source after it ("+ * FROM $", "- + WAS_ * ..."):
#    a geopol verb cue always reads "source cue target" (status 'roles_reversed');
#  - patterns without a verb slot (status 'no_verb'), undefined synsets ('unknown_synset');
#  - negative auxiliaries written TreeBank-style ("DID N'T") are kept as written, so they rarely match.

function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }

function clean_phrase(s) {          # verb or synset phrase -> lower-case words
    gsub(/\+/, "", s); gsub(/_/, " ", s); gsub(/[ \t]+/, " ", s)
    return tolower(trim(s))
}

function emit(block, code, cue, sym, status, pattern) {
    printf "%s\t%s\t%s\t%s\t%s\t%s\n", block, code, cue, sym, status, pattern
}

# expands the element list el[1..ne] (each a word, "*GAP*", "*VERB*" or "&SYN") into cues, given a verb phrase
function expand(k, acc, verb,    i, n, alts, parts) {
    if (nvar >= 64) return
    if (k > ne) { variant[++nvar] = acc; return }
    if (el[k] == "*VERB*") { expand(k + 1, acc " " verb, verb); return }
    if (el[k] == "*GAP*")  { expand(k + 1, acc " *", verb); return }
    if (substr(el[k], 1, 1) == "&") {
        n = split(syn[el[k]], alts, "\034")
        for (i = 1; i <= n; i++) if (alts[i] != "") expand(k + 1, acc " " alts[i], verb)
        return
    }
    expand(k + 1, acc " " el[k], verb)
}

function tidy(s) {                  # collapse gaps, drop leading/trailing gaps
    s = " " s " "
    while (gsub(/ \* \* /, " * ", s)) ;
    gsub(/[ ]+/, " ", s)
    s = trim(s)
    sub(/^\* /, "", s); sub(/ \*$/, "", s)
    if (s == "*") s = ""
    return s
}

function pattern_line(line,    body, code, toks, nt, i, parts, np, j, p, sym, status, vpos, spos, tpos, v, c) {
    body = substr(line, 2)
    code = ""
    if (match(body, /\[[^]]*\]/)) { code = substr(body, RSTART + 1, RLENGTH - 2); body = substr(body, 1, RSTART - 1) }
    code = toupper(trim(code))
    if (code == "") code = blockcode
    ne = 0; sym = "f"; status = "ok"; vpos = 0; spos = 0; tpos = 0
    nt = split(trim(body), toks, /[ \t]+/)
    for (i = 1; i <= nt; i++) {
        if (i > 1) el[++ne] = "*GAP*"
        np = split(toks[i], parts, "_")
        for (j = 1; j <= np; j++) {
            p = parts[j]
            if (p == "") continue
            if (p == "*" || p == "**") { el[++ne] = "*VERB*"; vpos = ne }
            else if (p == "$") { el[++ne] = "*GAP*"; spos = ne }
            else if (p == "+") { el[++ne] = "*GAP*"; tpos = ne }
            else if (p == "%") { el[++ne] = "*GAP*"; sym = "t" }
            else if (p == "^") { el[++ne] = "*GAP*" }
            else if (substr(p, 1, 1) == "&") {
                if (!(p in syn)) status = "unknown_synset"
                el[++ne] = p
            }
            else el[++ne] = tolower(p)
        }
    }
    if (vpos == 0) status = "no_verb"
    else if ((tpos && tpos < vpos) || (spos && spos > vpos)) status = "roles_reversed"
    for (v = 1; v <= nverb; v++) {
        if (status != "ok") { emit(blockname, code, "", sym, status, trim(line)); break }
        nvar = 0
        expand(1, "", verbs[v])
        for (c = 1; c <= nvar; c++) {
            cue = tidy(variant[c])
            if (cue != "") emit(blockname, code, cue, sym, "ok", trim(line))
        }
    }
}

function verb_line(line,    s, code, forms, nf, f, i) {
    s = line; code = ""
    if (match(s, /\[[^]]*\]/)) { code = toupper(trim(substr(s, RSTART + 1, RLENGTH - 2))); s = substr(s, 1, RSTART - 1) substr(s, RSTART + RLENGTH) }
    if (code == "") code = blockcode
    forms = ""
    if (match(s, /\{[^}]*\}/)) { forms = substr(s, RSTART + 1, RLENGTH - 2); s = substr(s, 1, RSTART - 1) }
    s = clean_phrase(s)
    if (s != "") { verbs[++nverb] = s; emit(blockname, code, s, "f", "ok", trim(line)) }
    nf = split(trim(forms), f, /[ \t]+/)
    for (i = 1; i <= nf; i++) {
        s = clean_phrase(f[i])
        if (s != "") { verbs[++nverb] = s; emit(blockname, code, s, "f", "ok", trim(line)) }
    }
}

BEGIN { incomment = 0; mode = ""; nverb = 0 }
{
    raw = $0
    sub(/\r$/, "", raw)
    line = raw
    if (incomment) {
        if (index(line, "-->") == 0) next
        line = substr(line, index(line, "-->") + 3); incomment = 0
    }
    while (match(line, /<!--.*-->/)) line = substr(line, 1, RSTART - 1) substr(line, RSTART + RLENGTH)
    if (index(line, "<!--")) { line = substr(line, 1, index(line, "<!--") - 1); incomment = 1 }
    if (line ~ /^</) next
    if (raw ~ /^[ \t]*$/) { if (mode == "syn") mode = ""; next }
    sub(/#.*$/, "", line)
    if (line ~ /^[ \t]*$/) next

    if (line ~ /^---/) {                                  # block header
        mode = "block"; nverb = 0
        s = line; gsub(/^---[ \t]*|[ \t]*---[ \t]*$/, "", s)
        blockcode = ""
        if (match(s, /\[[^]]*\]/)) { blockcode = toupper(trim(substr(s, RSTART + 1, RLENGTH - 2))); s = substr(s, 1, RSTART - 1) }
        blockname = trim(s)
        next
    }
    if (line ~ /^&/) {                                    # synset label
        mode = "syn"; s = trim(line); sub(/_$/, "", s); cursyn = s; syn[cursyn] = ""
        next
    }
    if (mode == "syn" && line ~ /^\+/) {
        s = trim(substr(line, 2))
        if (substr(s, 1, 1) == "&") { sub(/_$/, "", s); if (s in syn) syn[cursyn] = syn[cursyn] "\034" syn[s]; next }
        s = clean_phrase(s); if (s != "") syn[cursyn] = syn[cursyn] "\034" s
        next
    }
    if (mode == "block" && line ~ /^-/) { pattern_line(line); next }
    if (mode == "block") { verb_line(line); next }
}
