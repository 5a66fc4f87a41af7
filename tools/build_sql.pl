#!/usr/bin/perl
# Builds the install script: the SQL parts in order; a part may say
#   -- @load data/FILE.tsv INTO geopol.TABLE (col, col, ...)
# and the rows of that data file (comment lines skipped, header checked
# against the column list) are inlined there as INSERT statements.
use strict;
use warnings;

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

for my $part (@ARGV) {
    open my $in, '<:raw', $part or die "$part: $!";
    print "-- from $part\n";
    while (my $line = <$in>) {
        if ($line =~ /^--\s*\@load\s+(\S+)\s+INTO\s+(\S+)\s*\(([^)]*)\)(?:\s+FALLBACK\s+(\S+))?/) {
            my ($file, $table, $cols, $fb) = ($1, $2, $3, $4);
            my @cols = map { s/^\s+|\s+$//gr } split /,/, $cols;
            # FALLBACK a=b: where the encoding cannot hold column a, use b's value
            my %fallback = map { split /=/ } split /,/, ($fb // '');
            if (!-e $file) {
                print "-- $file: not present\n";
                next;
            }
            open my $d, '<:raw', $file or die "$file: $!";
            my $header;
            my @rows;
            my @wide;
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
                my $wide = sub { my $c = shift; defined $r{$c} && $r{$c} =~ /[^\x00-\x7f]/ };
                my $val = sub { my $c = shift; $wide->($c) ? hexlit($r{$c}) : lit($r{$c}) };
                my @wide_vals = grep { $wide->($_) } @cols;
                if (@wide_vals) {
                    my @must = map { $fallback{$_} // $_ } @wide_vals;
                    push @wide, "INSERT INTO $table (" . join(', ', @cols) . ") SELECT "
                        . join(', ', map { $fallback{$_} && $wide->($_) ? "coalesce(" . $val->($_) . ", " . $val->($fallback{$_}) . ")" : $val->($_) } @cols)
                        . " WHERE " . join(' AND ', map { $val->($_) . " IS NOT NULL" } @must) . ";";
                } else {
                    push @rows, '(' . join(', ', map { lit($r{$_}) } @cols) . ')';
                }
            }
            close $d;
            print "-- $file: " . scalar(@rows) . " ASCII rows, " . scalar(@wide) . " rows with other characters\n";
            while (my @chunk = splice @rows, 0, 500) {
                print "INSERT INTO $table (" . join(', ', @cols) . ") VALUES\n  "
                    . join(",\n  ", @chunk) . ";\n";
            }
            print "$_\n" for @wide;
            next;
        }
        print $line;
    }
    close $in;
}
