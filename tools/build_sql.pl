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
    while (<$c>) { return $1 if /^default_version\s*=\s*'([^']+)'/ }
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

sub load {
    my ($file, $table, $cols, $opts) = @_;
    my @cols = map { s/^\s+|\s+$//gr } split /,/, $cols;
    my %fallback;
    my (@setc, @setv);
    my %dflt;
    while ($opts =~ /\G\s*(FALLBACK\s+(\S+)|SET\s+((?:\w+\s*=\s*'[^']*'\s*,?\s*)+)|DEFAULT\s+([\w,\s]+?)(?=\s+(?:FALLBACK|SET)\b|\s*$))/gc) {
        if (defined $2) { %fallback = (%fallback, map { split /=/ } split /,/, $2) }
        elsif (defined $3) {
            while ($3 =~ /(\w+)\s*=\s*('[^']*')/g) { push @setc, $1; push @setv, $2 }
        }
        else { $dflt{$_} = 1 for map { s/^\s+|\s+$//gr } split /,/, $4 }
    }
    die "$file: cannot parse options '$opts'\n" if ($opts =~ /\G\s*(\S.*)$/gc);
    my $out = '';
    if (!-e $file) {
        return "-- $file: not present\n";
    }
    open my $d, '<:raw', $file or die "$file: $!";
    my $header;
    my @rows;
    my @wide;
    my %seen;
    my $allcols = join(', ', @cols, @setc);
    while (my $l = <$d>) {
        $l =~ s/\r?\n$//;
        next if $l =~ /^#/ || $l =~ /^\s*$/;
        my @f = split /\t/, $l, -1;
        if (!$header) {
            $header = \@f;
            my %have = map { $_ => 1 } @f;
            for my $c (@cols) { die "$file: no column $c in header\n" unless $have{$c}; }
            next;
        }
        die "$file:$.: " . scalar(@f) . " fields, header has " . scalar(@$header) . "\n"
            if @f != @$header;
        my %r;
        @r{@$header} = @f;
        # the same row twice (in the loaded columns) goes in once
        next if $seen{join("\t", map { $r{$_} // '' } @cols)}++;
        my $wide = sub { my $c = shift; defined $r{$c} && $r{$c} =~ /[^\x00-\x7f]/ };
        my $val = sub {
            my ($c, $in_values) = @_;
            return 'DEFAULT' if $in_values && $dflt{$c} && (!defined $r{$c} || $r{$c} eq '');
            $wide->($c) ? hexlit($r{$c}) : lit($r{$c});
        };
        my @wide_vals = grep { $wide->($_) } @cols;
        if (@wide_vals) {
            die "$file: DEFAULT columns and non-ASCII rows cannot mix\n" if %dflt && grep { !defined $r{$_} || $r{$_} eq '' } keys %dflt;
            my @must = map { $fallback{$_} // $_ } @wide_vals;
            push @wide, "INSERT INTO $table ($allcols) SELECT "
                . join(', ', (map { $fallback{$_} && $wide->($_) ? "coalesce(" . $val->($_) . ", " . $val->($fallback{$_}) . ")" : $val->($_) } @cols), @setv)
                . " WHERE " . join(' AND ', map { $val->($_) . " IS NOT NULL" } @must) . ";";
        } else {
            push @rows, '(' . join(', ', (map { $val->($_, 1) } @cols), @setv) . ')';
        }
    }
    close $d;
    $out .= "-- $file: " . scalar(@rows) . " ASCII rows, " . scalar(@wide) . " rows with other characters\n";
    while (my @chunk = splice @rows, 0, 500) {
        $out .= "INSERT INTO $table ($allcols) VALUES\n  " . join(",\n  ", @chunk) . ";\n";
    }
    $out .= "$_\n" for @wide;
    return $out;
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
    my ($path) = @_;
    open my $in, '<:raw', $path or die "$path: $!";
    my $out = "\n-- ================================================================ $path\n";
    while (my $line = <$in>) {
        if ($line =~ /^--\s*\@load\s+(\S+)\s+INTO\s+(\S+)\s*\(([^)]*)\)(.*)$/) {
            $out .= load($1, $2, $3, $4);
            next;
        }
        if ($line =~ /^--\s*\@rowtype\s+(\w+)\s+(\S+)\s*$/) {
            $out .= "CREATE TYPE $2 AS (" . columns($1) . ");\n";
            next;
        }
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
    print part("sql/updates/$_->[0]--$_->[1].sql") for @chain;
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
