package org.ddmconformance.restore;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.ddmconformance.http.ExchangeRecorder;
import org.ddmconformance.http.RequestFactory;
import org.ddmconformance.schema.JsonSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DDM APIs around the restore (see {@code ../shared/spec/related-apis.md}): their URIs, and lists read
 * through every page ({@code offset}, {@code limit}, {@code total}).
 */
public final class RelatedApis {

    public static final String BACKUPS = "/v3/{project_id}/backups";
    public static final String WINDOW = "/v3/{project_id}/instances/{instance_id}/backups/restorable-time-interval";
    public static final String RELATED_DATA_NODES = "/v3/{project_id}/instances/{instance_id}/backups/related-dn";
    public static final String TARGETS = "/v3/{project_id}/instances/{instance_id}/backups/restorable-instances";
    public static final String TARGET_DATA_NODES =
            "/v3/{project_id}/instances/{instance_id}/backups/restorable-data-node";
    public static final String JOB = "/v3/{project_id}/jobs/{job_id}";
    public static final String JOBS = "/v3/{project_id}/jobs";

    /** Items asked for per page (the documented maximum is 128). */
    static final int PAGE_SIZE = 100;
    /** No list the suite reads is longer; a server that ignores offset cannot keep it paging forever. */
    static final int MAX_PAGES = 50;

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestFactory requests;
    private final String projectId;
    private final String instanceId;

    public RelatedApis(RequestFactory requests, String projectId, String instanceId) {
        this.requests = requests;
        this.projectId = projectId;
        this.instanceId = instanceId;
    }

    /** The query of restorable-data-node: the candidates to restore one source data node to on this target. */
    public static Map<String, Object> targetDataNodeQuery(String targetInstanceId, String sourceDataNode,
                                                          long restoreTime) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("target_instance_id", targetInstanceId);
        query.put("source_dn_instance_id", sourceDataNode);
        query.put("restore_time", restoreTime);
        return query;
    }

    /** One GET; the answer whatever its status. */
    public Response get(String path, Map<String, ?> extraPathParams, Map<String, ?> query, ExchangeRecorder recorder,
                        Consumer<String> notes) {
        Map<String, Object> pathParams = new LinkedHashMap<>();
        pathParams.put("project_id", projectId);
        if (path.contains("{instance_id}")) {
            pathParams.put("instance_id", instanceId);
        }
        pathParams.putAll(extraPathParams);
        return requests.get(path, pathParams, query, recorder, notes);
    }

    /**
     * Every item of a list API, page after page: the next offset is the number of items read so far, until
     * {@code total} is reached or a page is empty. Items seen twice (a server ignoring offset) end the paging.
     *
     * @param name  the API's short name for messages, e.g. "restorable-instances"
     * @param field the array holding the items, e.g. "instances"
     * @throws RelatedApiException when an answer is not a 200 with a JSON object
     */
    public List<JsonNode> list(String name, String path, Map<String, ?> query, String field,
                               ExchangeRecorder recorder, Consumer<String> notes) {
        List<JsonNode> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, Object> pageQuery = new LinkedHashMap<>(query);
            pageQuery.put("offset", items.size());
            pageQuery.put("limit", PAGE_SIZE);
            JsonNode body = object(name, get(path, Map.of(), pageQuery, recorder, notes));
            JsonNode array = body.path(field);
            int added = 0;
            for (JsonNode item : array.isArray() ? array.values() : List.<JsonNode>of()) {
                if (seen.add(item.toString())) {
                    items.add(item);
                    added++;
                }
            }
            long total = number(body.path("total"), items.size());
            if (added == 0 || items.size() >= total) {
                break;
            }
        }
        return items;
    }

    /** The JSON object of a 200 answer. */
    static JsonNode object(String name, Response answer) {
        String text = JsonSchemas.withoutByteOrderMark(answer.asString());
        if (answer.statusCode() != 200) {
            throw new RelatedApiException(name + " answered " + answer.statusCode() + " " + excerpt(text));
        }
        try {
            JsonNode body = JSON.readTree(text);
            if (body.isObject()) {
                return body;
            }
        } catch (RuntimeException notJson) {
            // reported below
        }
        throw new RelatedApiException(name + " answered 200 without a JSON object: " + excerpt(text));
    }

    /** A number given as a JSON number or a numeric string (sources differ, e.g. data_volume_size). */
    static long number(JsonNode node, long otherwise) {
        if (node.isNumber()) {
            return node.asLong(otherwise);
        }
        if (node.isString()) {
            try {
                return (long) Double.parseDouble(node.stringValue().trim());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
        return otherwise;
    }

    /** A string field, or null; numbers are given as their text. */
    public static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        return node.isString() ? node.stringValue() : node.asString("");
    }

    /** true or "true". */
    public static boolean flag(JsonNode node) {
        return node.isBoolean() ? node.asBoolean(false) : "true".equalsIgnoreCase(text(node));
    }

    static String excerpt(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        if (oneLine.isEmpty()) {
            return "(empty body)";
        }
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
    }
}
