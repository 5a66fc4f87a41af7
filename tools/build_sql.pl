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

for my $part (@ARGV) {
    open my $in, '<:raw', $part or die "$part: $!";
    print "-- from $part\n";
    while (my $line = <$in>) {
        if ($line =~ /^--\s*\@load\s+(\S+)\s+INTO\s+(\S+)\s*\(([^)]*)\)/) {
            my ($file, $table, $cols) = ($1, $2, $3);
            my @cols = map { s/^\s+|\s+$//gr } split /,/, $cols;
            if (!-e $file) {
                print "-- $file: not present\n";
                next;
            }
            open my $d, '<:raw', $file or die "$file: $!";
            my $header;
            my @rows;
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
                push @rows, '(' . join(', ', map { lit($r{$_}) } @cols) . ')';
            }
            close $d;
            print "-- $file: " . scalar(@rows) . " rows\n";
            while (my @chunk = splice @rows, 0, 500) {
                print "INSERT INTO $table (" . join(', ', @cols) . ") VALUES\n  "
                    . join(",\n  ", @chunk) . ";\n";
            }
            next;
        }
        print $line;
    }
    close $in;
}
