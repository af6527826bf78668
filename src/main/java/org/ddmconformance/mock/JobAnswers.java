package org.ddmconformance.mock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers of the job API from the mock's job state, for the stubs that name this transformer: parameter
 * {@code answer} {@code job} (GET /v3/{project_id}/jobs/{job_id}) or {@code jobs} (GET /v3/{project_id}/jobs).
 */
public final class JobAnswers implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "ddm-jobs";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockJobs jobs;

    public JobAnswers(MockJobs jobs) {
        this.jobs = jobs;
    }

    MockJobs jobs() {
        return jobs;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Parameters parameters = event.getTransformerParameters();
        String answer = parameters == null ? "job" : parameters.getString("answer", "job");
        Request request = event.getRequest();
        return answer.equals("jobs") ? list(request) : job(request);
    }

    private ResponseDefinition job(Request request) {
        String path = request.getUrl().split("\\?", 2)[0];
        String id = path.substring(path.lastIndexOf('/') + 1);
        long now = System.currentTimeMillis();
        return jobs.find(id).map(job -> {
            ObjectNode body = JSON.createObjectNode();
            ObjectNode info = body.putObject("job");
            boolean running = job.running(now);
            info.put("id", job.id()).put("name", "loadMetadata").put("status", job.status(now))
                    .put("created_time", time(job.createdAt()))
                    .put("end_time", running ? "" : time(job.createdAt() + job.durationMs()))
                    .put("process", running ? "50%" : "");
            info.putObject("instance").put("id", job.target()).put("name", "ddm-restore-target");
            return json(200, body.toString());
        }).orElseGet(() -> json(400, "{\"error_code\":\"DBS.300400\",\"error_msg\":\"The task is not found.\"}"));
    }

    private ResponseDefinition list(Request request) {
        Long start = number(request.queryParameter("start_time"));
        Long end = number(request.queryParameter("end_time"));
        Long offset = number(request.queryParameter("offset"));
        Long limit = number(request.queryParameter("limit"));
        if (start == null || end == null || (offset != null && offset < 0) || (limit != null
                && (limit < 1 || limit > 128))) {
            return json(400, "{\"error_code\":\"DBS.280001\",\"error_msg\":\"Parameter error.\"}");
        }
        long now = System.currentTimeMillis();
        List<MockJobs.Job> matching = jobs.all().stream()
                .filter(j -> j.createdAt() >= start && j.createdAt() <= end).toList();
        int from = (int) Math.min(offset == null ? 0 : offset, matching.size());
        int size = (int) (limit == null ? 10 : limit);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray("jobs");
        for (MockJobs.Job job : matching.subList(from, Math.min(matching.size(), from + size))) {
            boolean running = job.running(now);
            String status = job.status(now);
            ObjectNode item = items.addObject();
            item.put("id", job.id()).put("name", "loadMetadata").put("status", status)
                    .put("created_time", time(job.createdAt()))
                    .put("end_time", running ? "" : time(job.createdAt() + job.durationMs()))
                    .put("process", running ? "50%" : "").put("instance_id", job.target())
                    .put("instance_name", "ddm-restore-target")
                    .put("fail_reason", status.equals("Failed") ? job.failReason() : "")
                    .put("database_name", "").putArray("operations");
        }
        body.put("offset", from).put("limit", size).put("total", matching.size());
        return json(200, body.toString());
    }

    private static Long number(QueryParameter parameter) {
        if (parameter == null || !parameter.isPresent()) {
            return null;
        }
        try {
            return (long) Double.parseDouble(parameter.firstValue());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String time(long millis) {
        return TIME.format(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
    }

    static ResponseDefinition json(int status, String body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body).build();
    }
}
