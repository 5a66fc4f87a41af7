#!/usr/bin/perl
# Builds geopol's extension scripts from sql/ (the layout and its rules:
# sql/updates/README.md).
#
#   build_sql.pl install          geopol--<version>.sql: sql/schema/*.sql and
#                                 sql/code/*.sql merged in file-name order (a
#                                 schema file before a code file of the same
#                                 number), data files inlined
#   build_sql.pl update FROM      geopol--FROM--<version>.sql: the state changes
#                                 of every step from FROM (sql/updates/A--B.sql),
#                                 then all of sql/code, then each step's
#                                 sql/updates/A--B.post.sql, then
#                                 sql/updates/post-update.sql
#   build_sql.pl versions         the versions that update to <version>
#
# <version> is default_version of geopol.control.  A part may say
#   -- @load data/FILE.tsv INTO geopol.TABLE (col, ...) [FALLBACK a=b] [SET col = 'const', ...]
# and the rows of that data file (comment lines skipped, header checked
# against the column list) are inlined there as INSERT statements: the
# listed columns from the file, the SET columns as constants, an empty
# field as NULL (or the column's default, for a NOT NULL column with one:
# DEFAULT col, ... names them).
#
# The result rows are defined once, in src/pg/pg_rows.h (X-macro lists
# GP_<PART>_COLUMNS of X(name, "sql type")).  A part may say
#   -- @rowtype mention geopol.mention_row
# for CREATE TYPE geopol.mention_row AS (<the columns>), and a statement may
# hold /* @columns relation OUT r_ */ for "OUT r_sentence int, OUT r_source
# text, ..." (the mode word and the prefix are optional).
use strict;
use warnings;

my $root = $0 =~ s{/tools/[^/]+$}{}r;
$root = '.' if $root eq $0;
chdir $root or die "$root: $!";

sub control_version {
    open my $c, '<', 'geopol.control' or die "geopol.control: $!";
    while (my $l = <$c>) { return $1 if $l =~ /^default_version\s*=\s*'([^']+)'/ }
    die "geopol.control: no default_version\n";
}

sub lit {
    my ($v) = @_;
    return 'NULL' if !defined $v || $v eq '';
    $v =~ s/'/''/g;
    return "'$v'";
}

# a value that is not ASCII goes in as UTF-8 bytes, converted at install
# time to the database encoding (rows the encoding cannot hold are skipped)
sub hexlit {
    my ($v) = @_;
    return "geopol._from_utf8('\\x" . unpack('H*', $v) . "'::bytea)";
}

# A load spec: -- @load FILE INTO TABLE (col, fcol AS col, ...) [FALLBACK a=b]
# [DEFAULT col=value, ...] [SET col = 'const', ...]
sub parse_spec {
    my ($file, $table, $cols, $opts) = @_;
    my %spec = (file => $file, table => $table, fcols => [], tcols => [], fallback => {}, dflt => {},
                setc => [], setv => []);
    for my $c (map { s/^\s+|\s+$//gr } split /,/, $cols) {
        my ($f, $t) = $c =~ /^(\w+)(?:\s+AS\s+(\w+))?$/i or die "$file: bad column '$c'\n";
        push @{$spec{fcols}}, $f;
        push @{$spec{tcols}}, $t // $f;
    }
    $opts //= '';
    while ($opts =~ /\G\s*(?:FALLBACK\s+(\S+)|SET\s+((?:\w+\s*=\s*'[^']*'\s*,?\s*)+)|DEFAULT\s+((?:\w+=[^,\s]+\s*,?\s*)+))/gc) {
        if (defined $1) { %{$spec{fallback}} = (%{$spec{fallback}}, map { split /=/ } split /,/, $1) }
        elsif (defined $2) { my $x = $2; while ($x =~ /(\w+)\s*=\s*('[^']*')/g) { push @{$spec{setc}}, $1; push @{$spec{setv}}, $2 } }
        else { my $x = $3; while ($x =~ /(\w+)=([^,\s]+)/g) { $spec{dflt}{$1} = $2 } }
    }
    die "$file: cannot parse options '$opts'\n" if $opts =~ /\G\s*(\S.*)$/gc;
    return \%spec;
}

# the rows of a data file as the spec loads them: each a hash of file
# column => value (comment lines skipped, duplicates once), in file order
sub read_rows_of {
    my ($spec, $text, $lenient) = @_;
    my $file = $spec->{file};
    my ($header, @rows, %seen);
    for my $l (split /\n/, $text) {
        $l =~ s/\r$//;
        next if $l =~ /^#/ || $l =~ /^\s*$/;
        my @f = split /\t/, $l, -1;
        if (!$header) {
            $header = \@f;
            my %have = map { $_ => 1 } @f;
            # (lenient: an older release's file, without a column added since; the column's default)
            for my $c (@{$spec->{fcols}}) { die "$file: no column $c in header\n" unless $have{$c} || $lenient; }
            next;
        }
        die "$file: " . scalar(@f) . " fields, header has " . scalar(@$header) . ": $l\n" if @f != @$header;
        my %r;
        @r{@$header} = @f;
        my %row = map { $_ => $r{$_} } @{$spec->{fcols}};
        for my $c (keys %row) {
            my $t = $spec->{tcols}[(grep { $spec->{fcols}[$_] eq $c } 0 .. $#{$spec->{fcols}})[0]];
            $row{$c} = $spec->{dflt}{$t} if (!defined $row{$c} || $row{$c} eq '') && exists $spec->{dflt}{$t};
        }
        next if $seen{row_key($spec, \%row)}++;
        push @rows, \%row;
    }
    return @rows;
}

sub row_key { my ($spec, $r) = @_; return join("\t", map { $r->{$_} // '' } @{$spec->{fcols}}); }

sub wide { my ($v) = @_; return defined $v && $v =~ /[^\x00-\x7f]/ }
sub val { my ($v) = @_; return wide($v) ? hexlit($v) : lit($v) }

# INSERT statements for rows: ASCII rows 500 to a statement; a row with
# other characters alone, skipped where the database encoding cannot hold
# it (or holding its FALLBACK column's value instead)
sub insert_sql {
    my ($spec, $keep_users, @rows) = @_;
    my $conflict = $keep_users ? ' ON CONFLICT DO NOTHING' : '';
    my @cols = @{$spec->{fcols}};
    my $allcols = join(', ', @{$spec->{tcols}}, @{$spec->{setc}});
    my (@ascii, @wide);
    for my $r (@rows) {
        my @w = grep { wide($r->{$_}) } @cols;
        if (@w) {
            my %fb = %{$spec->{fallback}};
            my @must = map { $fb{$_} // $_ } @w;
            push @wide, "INSERT INTO $spec->{table} ($allcols) SELECT "
                . join(', ', (map { $fb{$_} && wide($r->{$_}) ? "coalesce(" . val($r->{$_}) . ", " . val($r->{$fb{$_}}) . ")" : val($r->{$_}) } @cols), @{$spec->{setv}})
                . " WHERE " . join(' AND ', map { val($r->{$_}) . " IS NOT NULL" } @must) . "$conflict;";
        } else {
            push @ascii, '(' . join(', ', (map { lit($r->{$_}) } @cols), @{$spec->{setv}}) . ')';
        }
    }
    my $out = "-- $spec->{file}: " . scalar(@ascii) . " ASCII rows, " . scalar(@wide) . " rows with other characters\n";
    while (my @chunk = splice @ascii, 0, 500) {
        $out .= "INSERT INTO $spec->{table} ($allcols) VALUES\n  " . join(",\n  ", @chunk) . "$conflict;\n";
    }
    $out .= "$_\n" for @wide;
    return $out;
}

# DELETE statements for rows (one table row each, the one a fresh install
# of the old release would have: matched on every loaded column and the SET
# columns; the typed comparison is the column's own)
sub delete_sql {
    my ($spec, @rows) = @_;
    my $out = '';
    for my $r (@rows) {
        my @cond;
        for my $i (0 .. $#{$spec->{fcols}}) {
            my ($f, $t) = ($spec->{fcols}[$i], $spec->{tcols}[$i]);
            my $fb = $spec->{fallback}{$f};
            my $v = ($fb && wide($r->{$f})) ? "coalesce(" . val($r->{$f}) . ", " . val($r->{$fb}) . ")" : val($r->{$f});
            # a value the database encoding cannot hold: the row was never loaded
            push @cond, "$v IS NOT NULL" if wide($r->{$f}) && !$fb;
            push @cond, "t.$t IS NOT DISTINCT FROM $v";
        }
        push @cond, "t.$spec->{setc}[$_] = $spec->{setv}[$_]" for 0 .. $#{$spec->{setc}};
        $out .= "DELETE FROM $spec->{table} x WHERE x.ctid = (SELECT t.ctid FROM $spec->{table} t WHERE "
              . join(' AND ', @cond) . " LIMIT 1);\n";
    }
    return $out;
}

sub slurp { my ($f) = @_; open my $d, '<:raw', $f or die "$f: $!"; local $/; return <$d>; }

sub load {
    my $spec = parse_spec(@_);
    return "-- $spec->{file}: not present\n" unless -e $spec->{file};
    return insert_sql($spec, 0, read_rows_of($spec, slurp($spec->{file})));
}

# the @load spec of a data file, as sql/schema has it (in the working tree,
# or in commit c)
my %specs;
sub spec_of {
    my ($file, $c) = @_;
    my $at = $c // '';
    if (!$specs{$at}) {
        $specs{$at} = {};
        my @texts = $c ? map { scalar `git show '$c:$_'` } grep { /\.sql$/ } split /\n/, `git ls-tree --name-only '$c' sql/schema/`
                       : map { slurp($_) } glob('sql/schema/*.sql');
        for my $t (@texts) {
            for my $l (split /\n/, $t) {
                $specs{$at}{$1} = [$1, $2, $3, $4] if $l =~ /^--\s*\@load\s+(\S+)\s+INTO\s+(\S+)\s*\(([^)]*)\)(.*)$/;
            }
        }
    }
    my $s = $specs{$at}{$file} or die "no -- \@load of $file in sql/schema" . ($c ? " of $c" : '') . "\n";
    return parse_spec(@$s);
}

# the commit of a release: its tag, or sql/updates/releases.tsv
sub release_commit {
    my ($v) = @_;
    my $c = `git rev-parse -q --verify 'refs/tags/v$v^{commit}' 2>/dev/null`;
    chomp $c;
    return $c if $c;
    for my $l (split /\n/, slurp('sql/updates/releases.tsv')) {
        my ($rv, $rc) = split /\t/, $l;
        return $rc if defined $rc && $rv eq $v;
    }
    die "release $v: no tag v$v and no line in sql/updates/releases.tsv\n";
}

# -- @delta FROM VERSION FILE, in the update file A--B: the rows of FILE
# that changed from release VERSION (= A) to release B, as DELETEs of the old
# rows and INSERTs of the new ones, loaded as B's sql/schema loads FILE (B's
# data and load spec come from its commit, or from the working tree when B is
# the version being built: a chain of updates passes through each release's
# data in turn).  Rows users added, and shipped rows they changed or removed
# but that this release did not touch, stay as they are; a new row whose key
# a user's row already holds gives way to it (ON CONFLICT DO NOTHING).
sub delta {
    my ($v, $file, $to) = @_;
    my $cur = !defined $to || $to eq control_version();
    my $spec = $cur ? spec_of($file) : spec_of($file, release_commit($to));
    my $c = release_commit($v);
    system("git cat-file -e '$c^{commit}' 2>/dev/null") == 0
        or die "$file: the data of release $v (commit $c) is needed to build its update script: run in a git clone with history\n";
    # (a file the release did not have: every row is new)
    my $old_text = git_file($c, $file);
    my @old = $old_text eq '' ? () : read_rows_of($spec, $old_text, 1);
    my $new_text = $cur ? (-e $file ? slurp($file) : '') : git_file(release_commit($to), $file);
    my @new = $new_text eq '' ? () : read_rows_of($spec, $new_text);
    my %n = map { row_key($spec, $_) => 1 } @new;
    my %o = map { row_key($spec, $_) => 1 } @old;
    my @gone = grep { !$n{row_key($spec, $_)} } @old;
    my @came = grep { !$o{row_key($spec, $_)} } @new;
    my $out = "-- $file since $v: " . scalar(@gone) . " rows out, " . scalar(@came) . " rows in\n";
    $out .= delete_sql($spec, @gone);
    $out .= insert_sql($spec, 1, @came) if @came;
    return $out;
}

# a file as commit c has it ('' when it has none)
sub git_file {
    my ($c, $file) = @_;
    return system("git cat-file -e '$c:$file' 2>/dev/null") == 0 ? `git show '$c:$file'` : '';
}

# /* @values FILE col */: VALUES (...), ... of one column of a data file
sub values_of {
    my ($file, $col) = @_;
    my $spec = parse_spec($file, '-', $col, '');
    my @v = map { '(' . val($_->{$col}) . ')' } read_rows_of($spec, slurp($file));
    return 'VALUES ' . join(', ', @v);
}

my %rows;    # part => [[name, type], ...] from src/pg/pg_rows.h
sub read_rows {
    open my $h, '<', 'src/pg/pg_rows.h' or die "src/pg/pg_rows.h: $!";
    my $cur;
    while (my $l = <$h>) {
        if ($l =~ /^#define\s+GP_(\w+)_COLUMNS\(X\)/) { $cur = lc $1; $rows{$cur} = []; next; }
        next unless $cur;
        while ($l =~ /X\((\w+),\s*"([^"]+)"\)/g) { push @{$rows{$cur}}, [$1, $2]; }
        $cur = undef unless $l =~ /\\\s*$/;
    }
    die "src/pg/pg_rows.h: no row definitions\n" unless %rows;
}
sub columns {
    my ($part, $mode, $prefix) = @_;
    read_rows() unless %rows;
    my $cols = $rows{$part} or die "no row $part in src/pg/pg_rows.h\n";
    return join(', ', map { ($mode ? "$mode " : '') . ($prefix // '') . "$_->[0] $_->[1]" } @$cols);
}

sub part {
    my ($path, $to) = @_;
    open my $in, '<:raw', $path or die "$path: $!";
    my $out = "\n-- ================================================================ $path\n";
    while (my $line = <$in>) {
        if ($line =~ /^--\s*\@load\s+(\S+)\s+INTO\s+(\S+)\s*\(([^)]*)\)(.*)$/) {
            $out .= load($1, $2, $3, $4);
            next;
        }
        if ($line =~ /^--\s*\@delta\s+FROM\s+(\S+)\s+(\S+)\s*$/) {
            $out .= delta($1, $2, $to);
            next;
        }
        if ($line =~ /^--\s*\@rowtype\s+(\w+)\s+(\S+)\s*$/) {
            $out .= "CREATE TYPE $2 AS (" . columns($1) . ");\n";
            next;
        }
        $line =~ s{/\*\s*\@values\s+(\S+)\s+(\w+)\s*\*/}{values_of($1, $2)}ge;
        $line =~ s{/\*\s*\@columns\s+(\w+)(?:\s+(IN|OUT|INOUT))?(?:\s+(\w+))?\s*\*/}{columns($1, $2, $3)}ge;
        $out .= $line;
    }
    close $in;
    return $out;
}

sub files { my ($dir) = @_; return sort glob("$dir/*.sql") }

sub num { my ($f) = @_; return $f =~ m{/(\d+)_[^/]*$} ? $1 : die "$f: file names start with a number\n" }

sub code_parts { return map { part($_) } files('sql/code') }

# the update steps A--B, as a map A => B
sub steps {
    my %next;
    for my $f (glob('sql/updates/*.sql')) {
        next unless $f =~ m{/([0-9][0-9.]*)--([0-9][0-9.]*)\.sql$};
        die "two updates from $1\n" if $next{$1};
        $next{$1} = $2;
    }
    return %next;
}

sub chain {
    my ($from, $to) = @_;
    my %next = steps();
    my @chain;
    my $v = $from;
    while ($v ne $to) {
        my $n = $next{$v} or die "no update path from $from to $to (stuck at $v)\n";
        push @chain, [$v, $n];
        $v = $n;
        die "update loop at $v\n" if @chain > 100;
    }
    return @chain;
}

my $version = control_version();
my $cmd = shift @ARGV // '';
read_rows();
my $head = "/*\n * geopol %s.  Built by tools/build_sql.pl from sql/ and data/;\n"
    . " * do not edit by hand (sql/updates/README.md says how the sources are laid out).\n"
    . " * Everything is schema-qualified: the script is safe whatever search_path\n"
    . " * the session has.\n */\n";
if ($cmd eq 'install') {
    my @all = sort { num($a) <=> num($b) || ($a =~ m{/code/} <=> $b =~ m{/code/}) || $a cmp $b }
              (files('sql/schema'), files('sql/code'));
    printf $head, "$version install script";
    print "\\echo Use \"CREATE EXTENSION geopol\" to load this file. \\quit\n";
    print part($_) for @all;
} elsif ($cmd eq 'update') {
    my $from = shift @ARGV or die "usage: build_sql.pl update FROM\n";
    my @chain = chain($from, $version);
    printf $head, "update script $from to $version";
    print "\\echo Use \"ALTER EXTENSION geopol UPDATE\" to load this file. \\quit\n";
    print part("sql/updates/$_->[0]--$_->[1].sql", $_->[1]) for @chain;
    print code_parts();
    for (@chain) {
        my $post = "sql/updates/$_->[0]--$_->[1].post.sql";
        print part($post) if -e $post;
    }
    print part('sql/updates/post-update.sql') if -e 'sql/updates/post-update.sql';
} elsif ($cmd eq 'versions') {
    my %next = steps();
    my @from = grep { eval { chain($_, $version); 1 } } sort keys %next;
    print join(' ', @from), "\n";
} else {
    die "usage: build_sql.pl install | update FROM | versions\n";
}
