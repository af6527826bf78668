package org.ddmconformance.config;

/**
 * How the generated cases run: which of them ({@code full}: every case, {@code quick}: one per family, for
 * endpoints with strict rate limits, {@code off}: none), how many at once (DDM_CONCURRENCY, which also says how many
 * scenarios that start no restore run at once), and the seed of the values they make
 * up ({@code null}: a seed is chosen for the run and printed in the report).
 */
public record Exploration(Mode mode, int concurrency, Long seed) {

    public enum Mode { FULL, QUICK, OFF }

    public static final Exploration DEFAULT = new Exploration(Mode.FULL, 8, null);
}
