package org.ddmconformance.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request schema ({@code schemas/restore-metadata-request.json}, its {@code $ref}s resolved to the files
 * beside it) as a tree of members: every property and array item at every depth, with the JSON types the schema
 * allows there and whether it is mandatory. The generated cases come from this tree alone.
 */
public final class RequestSchema {

    public static final String ROOT = "schemas/restore-metadata-request.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RequestSchema() {
    }

    /**
     * One place in a request body.
     *
     * @param path      readable: {@code source.backup_id}, {@code target.data_nodes[0]}; empty for the body itself
     * @param pointer   property names and array indexes from the body down to it
     * @param schema    its schema, {@code $ref} resolved
     * @param required  listed in its parent's {@code required}
     * @param alternatives its parent's {@code anyOf} of {@code required} lists (one of them must be present)
     */
    public record Member(String path, List<Object> pointer, JsonNode schema, Set<String> types, boolean required,
                         List<Set<String>> alternatives, List<Member> children) {

        public boolean isRoot() {
            return pointer.isEmpty();
        }

        public boolean isItem() {
            return !pointer.isEmpty() && pointer.get(pointer.size() - 1) instanceof Integer;
        }

        public String name() {
            return isRoot() ? "the body" : path;
        }

        /** Whether a value of this JSON type (null, boolean, integer, number, string, array, object) fits. */
        public boolean allows(String type) {
            return types.isEmpty() || types.contains(type) || type.equals("integer") && types.contains("number");
        }

        /** This member and every member below it, parents first. */
        public List<Member> all() {
            List<Member> all = new ArrayList<>();
            all.add(this);
            children.forEach(child -> all.addAll(child.all()));
            return all;
        }
    }

    /** The request body schema as a member tree. */
    public static Member load() {
        return member("", List.of(), read(ROOT), false, List.of());
    }

    private static Member member(String path, List<Object> pointer, JsonNode schema, boolean required,
                                 List<Set<String>> alternatives) {
        JsonNode resolved = schema.has("$ref") ? read(sibling(schema.get("$ref").asString())) : schema;
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        Set<String> requiredHere = new LinkedHashSet<>();
        resolved.path("required").forEach(n -> requiredHere.add(n.asString()));
        List<Set<String>> anyOf = new ArrayList<>();
        resolved.path("anyOf").forEach(alternative -> {
            Set<String> names = new LinkedHashSet<>();
            alternative.path("required").forEach(n -> names.add(n.asString()));
            if (!names.isEmpty()) {
                anyOf.add(names);
            }
        });
        List<Member> children = new ArrayList<>();
        for (var property : resolved.path("properties").properties()) {
            List<Object> below = new ArrayList<>(pointer);
            below.add(property.getKey());
            children.add(member(path.isEmpty() ? property.getKey() : path + "." + property.getKey(), List.copyOf(below),
                    property.getValue(), requiredHere.contains(property.getKey()), List.copyOf(anyOf)));
        }
        if (resolved.path("items").isObject()) {
            List<Object> below = new ArrayList<>(pointer);
            below.add(0);
            children.add(member(path + "[0]", List.copyOf(below), resolved.get("items"), false, List.of()));
        }
        return new Member(path, pointer, resolved, Set.copyOf(types), required, alternatives, List.copyOf(children));
    }

    private static String sibling(String ref) {
        String file = ref.contains("/") ? ref.substring(ref.lastIndexOf('/') + 1) : ref;
        return ROOT.substring(0, ROOT.lastIndexOf('/') + 1) + file;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = RequestSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
