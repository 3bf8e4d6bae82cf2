package org.forcestat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A generated police.uk street-level month of the size and shape of the real download for all 41
 * forces of England and Wales (issue 19: 358,147 rows, about 76 MB): the twelve columns as the site
 * serves them, a 64-hex Crime ID on each crime and none on anti-social behaviour, the crime types in
 * the proportions of the real Kent month of October 2018 (2018-10-kent-street.csv), locations with
 * commas and quotes now and then, and 2% of rows with no location. Seeded, so the same bytes each time.
 */
public final class PoliceUkMonth {
    public static final int ROWS = 358_147;
    public static final String FILE = "2018-10-all-forces-street.csv";
    public static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context";

    /** The real Kent month's types and counts (19,396 rows), which the generated month follows. */
    static final String[] TYPES = {"Violence and sexual offences", "Anti-social behaviour",
        "Criminal damage and arson", "Public order", "Other theft", "Shoplifting", "Vehicle crime", "Burglary",
        "Other crime", "Drugs", "Bicycle theft", "Robbery", "Possession of weapons", "Theft from the person"};
    static final int[] KENT = {7699, 2049, 1983, 1608, 1425, 1166, 1139, 1034, 497, 261, 159, 159, 119, 98};
    static final int ASB = 1;

    private static final String[] FORCES = {"Avon and Somerset Constabulary", "Bedfordshire Police",
        "Cambridgeshire Constabulary", "Cheshire Constabulary", "City of London Police", "Cleveland Police",
        "Cumbria Constabulary", "Derbyshire Constabulary", "Devon & Cornwall Police", "Dorset Police",
        "Durham Constabulary", "Dyfed-Powys Police", "Essex Police", "Gloucestershire Constabulary",
        "Greater Manchester Police", "Gwent Police", "Hampshire Constabulary", "Hertfordshire Constabulary",
        "Humberside Police", "Kent Police", "Lancashire Constabulary", "Leicestershire Police",
        "Lincolnshire Police", "Merseyside Police", "Metropolitan Police Service", "Norfolk Constabulary",
        "North Wales Police", "North Yorkshire Police", "Northamptonshire Police", "Northumbria Police",
        "Nottinghamshire Police", "South Wales Police", "South Yorkshire Police", "Staffordshire Police",
        "Suffolk Constabulary", "Surrey Police", "Sussex Police", "Thames Valley Police", "Warwickshire Police",
        "West Mercia Police", "West Midlands Police", "West Yorkshire Police"};
    private static final String[] OUTCOMES = {"Unable to prosecute suspect",
        "Investigation complete; no suspect identified", "Status update unavailable",
        "Action to be taken by another organisation", "Court result unavailable", "Offender sent to prison",
        "Offender given a caution", "Local resolution", "Offender fined"};
    private static final String[] PLACES = {"Parking Area", "Supermarket", "Shopping Area", "Petrol Station",
        "High Street", "Station Road", "Church Lane", "Mill Road", "Park Avenue", "Victoria Street",
        "Nightclub", "Sports/Recreation Area", "Hospital", "Further/Higher Educational Building"};
    private static final String[] TOWNS = {"Ashford", "Canterbury", "Dartford", "Dover", "Gravesham", "Maidstone",
        "Medway", "Sevenoaks", "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells", "Leeds", "Bradford"};

    private PoliceUkMonth() {
    }

    /** What a generated month holds: rows per type, in {@link #TYPES} order. */
    public record Counts(int[] perType) {
        public int crimes() {
            int n = 0;
            for (int i = 0; i < perType.length; i++) {
                n += i == ASB ? 0 : perType[i];
            }
            return n;
        }

        public int asb() {
            return perType[ASB];
        }
    }

    /** Writes the month into {@code dir} (41 forces: Kent's list above less one, as the download has). */
    public static Counts write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(19);
        int kentTotal = 0;
        for (int k : KENT) {
            kentTotal += k;
        }
        int[] perType = new int[TYPES.length];
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (int r = 0; r < ROWS; r++) {
                int pick = rnd.nextInt(kentTotal);
                int t = 0;
                while (pick >= KENT[t]) {
                    pick -= KENT[t++];
                }
                perType[t]++;
                String force = FORCES[r * 41 / ROWS];
                line.setLength(0);
                if (t != ASB) {
                    for (int i = 0; i < 4; i++) {
                        line.append(String.format("%016x", rnd.nextLong()));
                    }
                }
                line.append(",2018-10,").append(force).append(',').append(force).append(',');
                String town = TOWNS[rnd.nextInt(TOWNS.length)];
                if (rnd.nextInt(50) == 0) {
                    line.append(",,No Location,,,");
                } else {
                    line.append(String.format("%.6f,%.6f,", -3 + rnd.nextDouble() * 4, 50.5 + rnd.nextDouble() * 4));
                    String place = PLACES[rnd.nextInt(PLACES.length)];
                    int q = rnd.nextInt(40);
                    // A few locations hold a comma or quotes, as free text does, so the parser earns its keep.
                    line.append(q == 0 ? "\"On or near " + place + ", " + town + "\""
                            : q == 1 ? "\"On or near \"\"The " + place + "\"\"\"" : "On or near " + place);
                    line.append(String.format(",E01%06d,%s %03d%c,", rnd.nextInt(35_000), town, rnd.nextInt(200),
                            (char) ('A' + rnd.nextInt(5))));
                }
                line.append(TYPES[t]).append(',');
                if (t != ASB) {
                    line.append(OUTCOMES[rnd.nextInt(OUTCOMES.length)]);
                }
                line.append(",\n");
                w.append(line);
            }
        }
        return new Counts(perType);
    }

    /** {@code DIR}: writes the month there and prints its counts. */
    public static void main(String[] args) throws IOException {
        Counts c = write(Path.of(args[0]));
        System.out.printf("%s: %,d crimes, %,d ASB%n", FILE, c.crimes(), c.asb());
    }
}
