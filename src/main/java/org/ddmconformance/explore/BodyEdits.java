package org.ddmconformance.explore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddmconformance.explore.RequestSchema.Member;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Edits of a JSON body by member pointer, and the values the cases put in. */
final class BodyEdits {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BodyEdits() {
    }

    static JsonNode at(JsonNode node, List<Object> pointer) {
        JsonNode current = node;
        for (Object step : pointer) {
            current = step instanceof Integer index ? current.get(index) : current.get((String) step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** The base body with the member's value replaced (or added), as text. */
    static String replaced(ObjectNode base, Member member, JsonNode value) {
        ObjectNode changed = base.deepCopy();
        JsonNode parent = at(changed, parentOf(member));
        Object last = member.pointer().get(member.pointer().size() - 1);
        if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return changed.toString();
    }

    /** A value of the given JSON type, made from the valid one where that tempts a lenient parser. */
    static JsonNode wrongType(String type, JsonNode valid) {
        return switch (type) {
            case "null" -> NODES.nullNode();
            case "boolean" -> NODES.booleanNode(true);
            case "integer" -> NODES.numberNode(12345);
            case "number" -> NODES.numberNode(new BigDecimal("1.5"));
            case "string" -> NODES.stringNode(valid.isValueNode() ? valid.asString() : valid.toString());
            case "array" -> NODES.arrayNode().add(valid.deepCopy());
            case "object" -> NODES.objectNode();
            default -> throw new IllegalArgumentException(type);
        };
    }

    static String article(String type) {
        return switch (type) {
            case "null" -> "null";
            case "integer", "object", "array" -> "an " + type;
            case "number" -> "a fractional number";
            default -> "a " + type;
        };
    }

    static JsonNode reversed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
            ObjectNode copy = NODES.objectNode();
            for (int i = entries.size() - 1; i >= 0; i--) {
                copy.set(entries.get(i).getKey(), reversed(entries.get(i).getValue()));
            }
            return copy;
        }
        return node.deepCopy();
    }

    private static List<Object> parentOf(Member member) {
        return member.pointer().subList(0, Math.max(0, member.pointer().size() - 1));
    }
}
