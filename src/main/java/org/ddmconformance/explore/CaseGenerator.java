package org.ddmconformance.explore;

import static org.ddmconformance.explore.BodyEdits.article;
import static org.ddmconformance.explore.BodyEdits.at;
import static org.ddmconformance.explore.BodyEdits.replaced;
import static org.ddmconformance.explore.BodyEdits.reversed;
import static org.ddmconformance.explore.BodyEdits.wrongType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ddmconformance.config.Fixture;
import org.ddmconformance.equivalence.RunIds;
import org.ddmconformance.explore.RequestSchema.Member;
import org.ddmconformance.http.LargeBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the cases of each family from the request schema's member tree ({@link RequestSchema}) and valid
 * bodies built from the fixture. Each case changes exactly one thing in a valid body, so its expected answer
 * never depends on the order a server checks things in. Deterministic: the same schema and seed give the same
 * cases; made-up values (unknown ids, long ids) come from the seed and the case's name.
 */
public final class CaseGenerator {

    /** JSON types, in the order their cases are generated. */
    static final List<String> TYPES = List.of("null", "boolean", "integer", "number", "string", "array", "object");
    /** Far over any reasonable size of a restore request (well under a kilobyte), and over common gateway limits. */
    static final int HUGE_BODY_BYTES = 16 << 20;
    static final int LONG_ID_CHARS = 4096;
    static final int MANY_ITEMS = 1000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Names that collide with what servers' runtimes look up by name; the last two are path steps. */
    static final List<String> RUNTIME_NAMES = List.of("constructor", "__proto__", "toString", "hasOwnProperty",
            "prototype", "null", "undefined", "NaN", ".", "..");
    /** A project the token is not scoped to may be refused by the gateway (401, 403) or the service (400, 404). */
    private static final Set<Integer> PROJECT_REFUSALS = Set.of(400, 401, 403, 404);
    /** Anything but a success: a redirect to the canonical path, or any client error. */
    private static final Set<Integer> NOT_SUCCESS = java.util.stream.IntStream.range(300, 500).boxed()
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Member root = RequestSchema.load();
    private final List<ObjectNode> bases;
    /** The valid bodies with a target instance that does not exist: refused, for the cases judged by comparison. */
    private final List<ObjectNode> refusedBases;
    private final long seed;
    private final Fixture fixture;

    public CaseGenerator(Fixture fixture, long seed) {
        this.fixture = fixture;
        this.bases = validBodies(fixture);
        this.refusedBases = bases.stream().map(base -> {
            ObjectNode refused = base.deepCopy();
            ((ObjectNode) refused.get("target")).put("instance_id", RunIds.unknownTarget(seed));
            return refused;
        }).toList();
        this.seed = seed;
    }

    /** The valid bodies cases start from: one per way of naming the source (the schema's anyOf). */
    static List<ObjectNode> validBodies(Fixture fixture) {
        ObjectNode target = NODES.objectNode().put("instance_id", fixture.targetInstanceId());
        ArrayNode nodes = target.putArray("data_nodes");
        fixture.targetDataNodes().forEach(nodes::add);
        ObjectNode fromBackup = NODES.objectNode();
        fromBackup.putObject("source").put("backup_id", fixture.backupId());
        fromBackup.set("target", target.deepCopy());
        ObjectNode toTime = NODES.objectNode();
        toTime.putObject("source").put("restore_time", fixture.restoreTime());
        toTime.set("target", target.deepCopy());
        return List.of(fromBackup, toTime);
    }

    public Member schema() {
        return root;
    }

    public List<ExploreCase> all() {
        List<ExploreCase> all = new ArrayList<>();
        for (Family family : Family.values()) {
            all.addAll(cases(family));
        }
        return all;
    }

    public List<ExploreCase> cases(Family family) {
        List<ExploreCase> cases = new ArrayList<>();
        for (Member member : root.all()) {
            switch (family) {
                case TYPES -> types(member, cases);
                case ABSENCE -> absence(member, cases);
                case IDENTIFIERS -> identifiers(member, cases);
                case RANGES -> ranges(member, cases);
                case BODIES -> bodies(member, cases);
                case EQUIVALENTS -> equivalents(member, cases);
                case UNDECIDED -> undecided(member, cases);
                case JSON_TEXT -> jsonText(member, cases);
                case OPEN_JSON_TEXT -> openJsonText(member, cases);
                case RUNTIME_NAMES -> runtimeNames(member, cases);
                case PATH_IDENTIFIERS -> pathIdentifiers(member, cases);
                case SPELLINGS -> spellings(member, cases);
            }
        }
        return List.copyOf(cases);
    }

    // ---- families -----------------------------------------------------------------------------------------

    /** Every JSON type the schema does not allow there: 400. The body itself is the body family's. */
    private void types(Member member, List<ExploreCase> cases) {
        if (member.isRoot()) {
            return;
        }
        ObjectNode base = baseFor(member);
        JsonNode valid = at(base, member.pointer());
        valid = valid == null ? NODES.stringNode("x") : valid;
        for (String type : TYPES) {
            if (!member.allows(type)) {
                cases.add(ExploreCase.rejected(Family.TYPES, member.name() + " is " + article(type),
                        replaced(base, member, wrongType(type, valid)), 400));
            }
        }
    }

    /** A mandatory member left out (required, or the last alternative of an anyOf): 400. */
    private void absence(Member member, List<ExploreCase> cases) {
        if (member.isRoot() || member.isItem()) {
            return;
        }
        ObjectNode base = baseFor(member);
        if (at(base, member.pointer()) == null) {
            return;
        }
        ObjectNode changed = base.deepCopy();
        ObjectNode parent = (ObjectNode) at(changed, parentOf(member));
        String name = (String) member.pointer().get(member.pointer().size() - 1);
        parent.remove(name);
        boolean anAlternativeRemains = member.alternatives().stream()
                .anyMatch(names -> names.stream().allMatch(parent::has));
        if (member.required() || !member.alternatives().isEmpty() && !anAlternativeRemains) {
            cases.add(ExploreCase.rejected(Family.ABSENCE, member.name() + " is missing", changed.toString(), 400));
        }
    }

    /** A string identifier that names nothing: 400 or 404 (both are how a service says "no such thing"). */
    private void identifiers(Member member, List<ExploreCase> cases) {
        if (!member.types().equals(Set.of("string"))) {
            return;
        }
        ObjectNode base = baseFor(member);
        String valid = at(base, member.pointer()) == null ? "x" : at(base, member.pointer()).asString();
        int middle = valid.length() / 2;
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("is empty", "");
        values.put("is whitespace only", "   ");
        values.put("is " + LONG_ID_CHARS + " characters long", hex(member.name() + " long", LONG_ID_CHARS));
        values.put("holds non-ASCII characters", valid.substring(0, middle) + "\u00e9\u4e2d" + valid.substring(middle + 1));
        values.put("holds a control character", valid.substring(0, middle) + "\u0007" + valid.substring(middle));
        values.forEach((what, value) -> cases.add(ExploreCase.rejected(Family.IDENTIFIERS, member.name() + " " + what,
                replaced(base, member, NODES.stringNode(value)), 400, 404)));
    }

    /** Values outside the schema's bounds or any restorable window: 400; many unknown ids: 400 or 404. */
    private void ranges(Member member, List<ExploreCase> cases) {
        ObjectNode base = baseFor(member);
        JsonNode valid = at(base, member.pointer());
        if (valid != null && member.types().contains("number") && member.schema().has("exclusiveMinimum")) {
            cases.add(ExploreCase.rejected(Family.RANGES, member.name() + " is 0", replaced(base, member,
                    NODES.numberNode(0)), 400));
            cases.add(ExploreCase.rejected(Family.RANGES, member.name() + " is negative", replaced(base, member,
                    NODES.numberNode(-valid.asLong())), 400));
            cases.add(ExploreCase.rejected(Family.RANGES, member.name() + " is past 2^53", replaced(base, member,
                    NODES.numberNode(BigInteger.TWO.pow(53).add(BigInteger.ONE))), 400));
        }
        if (member.types().contains("array") && member.schema().has("minItems")) {
            cases.add(ExploreCase.rejected(Family.RANGES, member.name() + " is empty", replaced(base, member,
                    NODES.arrayNode()), 400));
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < MANY_ITEMS; i++) {
                many.add(hex(member.name() + " item " + i, 32) + "in01");
            }
            // About 40 KB: 413 is as right as 400 or 404 from an endpoint that caps bodies below that.
            cases.add(ExploreCase.rejected(Family.RANGES, member.name() + " holds " + MANY_ITEMS + " unknown ids",
                    replaced(base, member, many), 400, 404, 413));
        }
    }

    /** The body itself: empty, blank, a JSON value that is not an object, truncated, huge: 400 or 413. */
    private void bodies(Member member, List<ExploreCase> cases) {
        if (!member.isRoot()) {
            return;
        }
        String valid = bases.get(0).toString();
        cases.add(ExploreCase.rejected(Family.BODIES, "the body is empty", "", 400, 413));
        cases.add(ExploreCase.rejected(Family.BODIES, "the body is whitespace only", " \r\n\t ", 400, 413));
        for (String type : TYPES) {
            if (!member.allows(type)) {
                String text = type.equals("array") ? "[]" : type.equals("integer") ? "0"
                        : type.equals("string") ? "\"x\"" : wrongType(type, bases.get(0)).toString();
                cases.add(ExploreCase.rejected(Family.BODIES, "the body is " + text, text, 400, 413));
            }
        }
        cases.add(ExploreCase.rejected(Family.BODIES, "the body is truncated JSON",
                valid.substring(0, valid.length() / 2), 400, 413));
        // Invalid whatever the size (source is an array), so a server without a size limit answers 400.
        LargeBody huge = new LargeBody("{\"source\":[", "0,", HUGE_BODY_BYTES / 2,
                "0],\"target\":" + bases.get(0).get("target") + "}");
        cases.add(new ExploreCase(Family.BODIES, "the body is " + (HUGE_BODY_BYTES >> 20) + " MiB", null, huge,
                Set.of(400, 413), false, true));
    }

    /**
     * The same request written differently: answered like the plain form. Made from a refused request (its target
     * instance does not exist), so the comparison spends no restore.
     */
    private void equivalents(Member member, List<ExploreCase> cases) {
        if (member.types().contains("number") && !member.isRoot() && at(refusedBaseFor(member), member.pointer()) != null) {
            ObjectNode base = refusedBaseFor(member);
            BigDecimal valid = at(base, member.pointer()).decimalValue();
            String exponent = valid.stripTrailingZeros().toString().replace("E+", "E");
            if (exponent.contains("E")) {
                cases.add(equivalent(base, member.name() + " in exponent form (" + exponent + ")",
                        replaced(base, member, NODES.stringNode("")).replace("\"\"", exponent)));
            }
            if (valid.scale() <= 0) {
                cases.add(equivalent(base, member.name() + " with a .0 fraction", replaced(base, member,
                        NODES.stringNode("")).replace("\"\"", valid.toPlainString() + ".0")));
            }
        }
        if (member.isRoot()) {
            ObjectNode base = refusedBases.get(0);
            cases.add(equivalent(base, "the members in reverse order, indented", reversed(base).toPrettyString()));
            String escaped = base.toString();
            for (Member id : root.all()) {
                if (id.types().equals(Set.of("string")) && at(base, id.pointer()) != null) {
                    String value = at(base, id.pointer()).asString();
                    escaped = escaped.replace("\"" + value + "\"",
                            "\"" + String.format("\\u%04x", (int) value.charAt(0)) + value.substring(1) + "\"");
                }
            }
            cases.add(equivalent(base, "every identifier starting with a \\u escape", escaped));
        }
    }

    /**
     * Where the document does not decide: recorded, never failing, compared with the plain form of the same refused
     * request (a strict endpoint refuses the change, a lenient one answers like the plain form).
     */
    private void undecided(Member member, List<ExploreCase> cases) {
        ObjectNode base = refusedBaseFor(member);
        JsonNode valid = at(base, member.pointer());
        if (valid == null) {
            return;
        }
        if (member.types().contains("number") && !member.isRoot()) {
            cases.add(informative(base, member.name() + " has a fraction", replaced(base, member,
                    NODES.numberNode(valid.decimalValue().add(new BigDecimal("0.5"))))));
        }
        if (member.types().contains("array") && valid.size() > 0) {
            ArrayNode repeated = (ArrayNode) valid.deepCopy();
            repeated.add(valid.get(0).deepCopy());
            cases.add(informative(base, member.name() + " repeats an item", replaced(base, member, repeated)));
        }
        if (member.types().equals(Set.of("string"))) {
            cases.add(informative(base, member.name() + " has whitespace around it",
                    replaced(base, member, NODES.stringNode(" " + valid.asString() + " "))));
        }
        if (member.types().contains("object")) {
            ObjectNode extra = (ObjectNode) valid.deepCopy();
            extra.put("x_ddm_conformance_extra", true);
            cases.add(informative(base, member.name() + " has an unknown member", member.isRoot() ? extra.toString()
                    : replaced(base, member, extra)));
        }
    }

    /**
     * Not one JSON text (RFC 8259 section 2: data after the value), or a mandatory member named in other letter case
     * (names are case-sensitive, so the member is missing): 400.
     */
    private void jsonText(Member member, List<ExploreCase> cases) {
        if (member.isRoot()) {
            String valid = bases.get(0).toString();
            cases.add(ExploreCase.rejected(Family.JSON_TEXT, "data after the JSON value", valid + " x", 400));
            cases.add(ExploreCase.rejected(Family.JSON_TEXT, "a second JSON value after the first", valid + "{}", 400));
            cases.add(ExploreCase.rejected(Family.JSON_TEXT, "an extra closing brace", valid + "}", 400));
            return;
        }
        if (member.types().equals(Set.of("string")) && at(baseFor(member), member.pointer()) != null) {
            // RFC 8259 section 8.1: JSON text exchanged between systems MUST be UTF-8; 0xFF starts no character.
            // A decoder that reads it as U+FFFD leaves an id that names nothing: its 404 refuses the request too.
            String text = replaced(baseFor(member), member, NODES.stringNode("\u0000"
                    + at(baseFor(member), member.pointer()).asString().substring(1)));
            cases.add(new ExploreCase(Family.JSON_TEXT, member.name() + " holds a byte that is not UTF-8", null,
                    new LargeBody(text.replace("\\u0000", String.valueOf(LargeBody.RAW_FF)), " ", 1, ""),
                    Set.of(400, 404), false, false));
        }
        if (member.isItem() || !mandatoryIn(baseFor(member), member)) {
            return;
        }
        String name = (String) member.pointer().get(member.pointer().size() - 1);
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String variant : new LinkedHashSet<>(List.of(capitalised, name.toUpperCase(Locale.ROOT)))) {
            cases.add(ExploreCase.rejected(Family.JSON_TEXT, member.name() + " named " + variant,
                    renamed(baseFor(member), member, variant), 400));
        }
    }

    /** What RFC 8259 leaves to the receiver (duplicate names, an unpaired surrogate): recorded by comparison. */
    private void openJsonText(Member member, List<ExploreCase> cases) {
        ObjectNode base = refusedBaseFor(member);
        if (member.isRoot()) {
            String text = base.toString();
            cases.add(ExploreCase.comparedWith(text, Family.OPEN_JSON_TEXT, "source given twice",
                    "{\"source\":" + base.get("source") + "," + text.substring(1)));
            return;
        }
        JsonNode valid = at(base, member.pointer());
        if (member.types().equals(Set.of("string")) && valid != null && !valid.asString().isEmpty()) {
            String escaped = replaced(base, member, NODES.stringNode("\u0000" + valid.asString().substring(1)))
                    .replace("\\u0000", "\\ud800");
            cases.add(ExploreCase.comparedWith(base.toString(), Family.OPEN_JSON_TEXT, member.name()
                    + " starting with an unpaired surrogate escape", escaped));
        }
    }

    /** Names a server's runtime knows (object keys, literals, path steps): 400 or 404, never 2xx or 5xx. */
    private void runtimeNames(Member member, List<ExploreCase> cases) {
        if (member.types().equals(Set.of("string"))) {
            ObjectNode base = baseFor(member);
            for (String name : RUNTIME_NAMES) {
                cases.add(ExploreCase.rejected(Family.RUNTIME_NAMES, member.name() + " is \"" + name + "\"",
                        replaced(base, member, NODES.stringNode(name)), 400, 404));
            }
        }
        if (member.isRoot()) {
            String body = bases.get(0).toString();
            for (String name : RUNTIME_NAMES.subList(0, RUNTIME_NAMES.size() - 2)) { // "." and ".." name other paths
                cases.add(ExploreCase.addressed(Family.RUNTIME_NAMES, "project_id in the path is \"" + name + "\"",
                        body, Addressing.project(name), PROJECT_REFUSALS));
                cases.add(ExploreCase.addressed(Family.RUNTIME_NAMES, "instance_id in the path is \"" + name + "\"",
                        body,
                        Addressing.instance(name), Set.of(400, 404)));
            }
        }
    }

    /** The identifier family for the path parameters (not empty: an empty segment names another path). */
    private void pathIdentifiers(Member member, List<ExploreCase> cases) {
        if (!member.isRoot()) {
            return;
        }
        String body = bases.get(0).toString();
        Map<String, String> projects = pathValues("project_id", fixture.projectId());
        Map<String, String> instances = pathValues("instance_id", fixture.instanceId());
        projects.forEach((what, value) -> cases.add(ExploreCase.addressed(Family.PATH_IDENTIFIERS,
                "project_id in the path " + what, body, Addressing.project(value),
                orTooLong(value, PROJECT_REFUSALS))));
        instances.forEach((what, value) -> cases.add(ExploreCase.addressed(Family.PATH_IDENTIFIERS,
                "instance_id in the path " + what, body, Addressing.instance(value),
                orTooLong(value, Set.of(400, 404)))));
    }

    /** RFC 9110 15.5.15: a server may refuse a target URI longer than it interprets with 414 (no error body). */
    private static Set<Integer> orTooLong(String pathValue, Set<Integer> refusals) {
        if (pathValue.length() < LONG_ID_CHARS) {
            return refusals;
        }
        Set<Integer> allowed = new TreeSet<>(refusals);
        allowed.add(414);
        return allowed;
    }

    private Map<String, String> pathValues(String name, String valid) {
        int middle = valid.length() / 2;
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("is whitespace only", "   ");
        values.put("is " + LONG_ID_CHARS + " characters long", hex(name + " long", LONG_ID_CHARS));
        values.put("holds non-ASCII characters", valid.substring(0, middle) + "\u00e9\u4e2d" + valid.substring(middle + 1));
        values.put("holds a control character", valid.substring(0, middle) + "\u0007" + valid.substring(middle));
        values.put("holds CR LF", valid.substring(0, middle) + "\r\n" + valid.substring(middle));
        return values;
    }

    /**
     * The resource spelled otherwise on the wire, without a token or with a wrong one: never a 2xx (a route that
     * skips authentication on another spelling). A redirect or any client error is fine; bodies are not judged.
     * (A doubled slash is not among them: REST Assured merges it before sending.)
     */
    private void spellings(Member member, List<ExploreCase> cases) {
        if (!member.isRoot()) {
            return;
        }
        String prefix = "/v3/" + fixture.projectId() + "/instances/" + fixture.instanceId();
        Map<String, String> spellings = new java.util.LinkedHashMap<>();
        spellings.put("with a trailing slash", prefix + "/backups/metadata-recovery/");
        spellings.put("with %2D for its hyphen", prefix + "/backups/metadata%2Drecovery");
        spellings.put("with its version in upper case", prefix.replace("/v3/", "/V3/") + "/backups/metadata-recovery");
        String body = bases.get(0).toString();
        spellings.forEach((what, path) -> {
            cases.add(ExploreCase.addressed(Family.SPELLINGS, "the path " + what + ", no token", body,
                    Addressing.spelled(path, Addressing.Credential.NONE), NOT_SUCCESS));
            cases.add(ExploreCase.addressed(Family.SPELLINGS, "the path " + what + ", a wrong token", body,
                    Addressing.spelled(path, Addressing.Credential.WRONG), NOT_SUCCESS));
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Whether leaving the member out of this body leaves the request invalid (as the absence family decides). */
    private static boolean mandatoryIn(ObjectNode base, Member member) {
        if (at(base, member.pointer()) == null) {
            return false;
        }
        ObjectNode changed = base.deepCopy();
        ObjectNode parent = (ObjectNode) at(changed, parentOf(member));
        parent.remove((String) member.pointer().get(member.pointer().size() - 1));
        boolean anAlternativeRemains = member.alternatives().stream()
                .anyMatch(names -> names.stream().allMatch(parent::has));
        return member.required() || !member.alternatives().isEmpty() && !anAlternativeRemains;
    }

    /** The body with the member's name changed, in its place among its siblings. */
    private static String renamed(ObjectNode base, Member member, String newName) {
        ObjectNode changed = base.deepCopy();
        String name = (String) member.pointer().get(member.pointer().size() - 1);
        ObjectNode parent = (ObjectNode) at(changed, parentOf(member));
        ObjectNode rebuilt = NODES.objectNode();
        parent.properties().forEach(e -> rebuilt.set(e.getKey().equals(name) ? newName : e.getKey(), e.getValue()));
        parent.removeAll();
        parent.setAll(rebuilt);
        return changed.toString();
    }

    private static ExploreCase equivalent(ObjectNode plain, String name, String body) {
        return ExploreCase.comparedWith(plain.toString(), Family.EQUIVALENTS, name, body);
    }

    private static ExploreCase informative(ObjectNode plain, String name, String body) {
        return ExploreCase.comparedWith(plain.toString(), Family.UNDECIDED, name, body);
    }

    /** The first valid body holding the member, else the first holding its parent (an optional member). */
    private ObjectNode baseFor(Member member) {
        return baseFor(member, bases);
    }

    /** As {@link #baseFor(Member)}, among the refused bodies. */
    private ObjectNode refusedBaseFor(Member member) {
        return baseFor(member, refusedBases);
    }

    private static ObjectNode baseFor(Member member, List<ObjectNode> bases) {
        for (ObjectNode base : bases) {
            if (at(base, member.pointer()) != null) {
                return base;
            }
        }
        for (ObjectNode base : bases) {
            if (at(base, parentOf(member)) != null) {
                return base;
            }
        }
        return bases.get(0);
    }

    private static List<Object> parentOf(Member member) {
        return member.pointer().subList(0, Math.max(0, member.pointer().size() - 1));
    }

    /** Made-up hex digits, the same for the same seed and purpose. */
    private String hex(String purpose, int length) {
        return RunIds.hex(seed, purpose, length);
    }
}
