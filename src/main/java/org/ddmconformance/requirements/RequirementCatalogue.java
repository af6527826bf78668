package org.ddmconformance.requirements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The requirement catalogue, read from {@code features/requirements.yaml} on the classpath. */
public final class RequirementCatalogue {

    public static final String RESOURCE = "features/requirements.yaml";
    /** A requirement id as it appears in tags and in failure messages. */
    public static final Pattern ID = Pattern.compile("RM-[A-Z]+-\\d{3}");

    private final Map<String, Requirement> byId;

    private RequirementCatalogue(Map<String, Requirement> byId) {
        this.byId = byId;
    }

    private record File(List<Requirement> requirements) {
    }

    public static RequirementCatalogue load() {
        try (InputStream in = RequirementCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a catalogue; fails on a duplicate id or an entry without id, level, area or statement. */
    public static RequirementCatalogue parse(InputStream yaml) {
        File file = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(yaml, File.class);
        Map<String, Requirement> byId = new LinkedHashMap<>();
        for (Requirement requirement : file.requirements()) {
            if (requirement.id() == null || !ID.matcher(requirement.id()).matches()) {
                throw new IllegalArgumentException("requirement id '" + requirement.id() + "' is not of the form RM-AREA-NNN");
            }
            if (requirement.level() == null || requirement.area() == null || requirement.statement() == null
                    || requirement.source() == null) {
                throw new IllegalArgumentException(requirement.id() + " lacks a level, area, statement or source");
            }
            if (byId.put(requirement.id(), requirement) != null) {
                throw new IllegalArgumentException("requirement id " + requirement.id() + " is listed twice");
            }
        }
        return new RequirementCatalogue(byId);
    }

    public Collection<Requirement> all() {
        return byId.values();
    }

    public Optional<Requirement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> areas() {
        return all().stream().map(Requirement::area).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Requirement ids among these Gherkin tags ("@RM-BODY-001" gives "RM-BODY-001"). */
    public static List<String> requirementIds(Collection<String> tags) {
        return tags.stream().map(tag -> tag.startsWith("@") ? tag.substring(1) : tag)
                .filter(tag -> ID.matcher(tag).matches()).toList();
    }
}
