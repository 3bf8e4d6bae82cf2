package org.forcestat.cli;

/** Entry point of the forcestat command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
