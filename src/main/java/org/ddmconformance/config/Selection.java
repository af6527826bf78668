package org.ddmconformance.config;

import java.util.Set;

/**
 * Which scenarios run: a raw Cucumber tag expression, and requirement levels and areas looked up in the
 * requirement catalogue. Empty means "no restriction".
 */
public record Selection(String tags, Set<String> levels, Set<String> areas) {
    public static final Selection ALL = new Selection("", Set.of(), Set.of());

    public Selection {
        tags = tags == null ? "" : tags.trim();
        levels = Set.copyOf(levels);
        areas = Set.copyOf(areas);
    }
}
