package org.ddmconformance.mock;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One restore at a time on a target, as a real region behaves: a restore request past authentication to a target
 * whose job still runs is refused with 400 and an error body saying so. It also notes which jobs clients ask the
 * job API about ({@link MockJobs#runningOn}).
 */
public final class BusyTarget implements StubRequestFilterV2 {

    public static final String NAME = "ddm-busy-target";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockJobs jobs;
    private final String resource;
    /** The path of the job API, up to the job id. */
    private final String jobPath;
    private final String token;

    public BusyTarget(MockJobs jobs, Properties fixture) {
        this.jobs = jobs;
        this.jobPath = "/v3/" + fixture.getProperty("ddm.project-id") + "/jobs/";
        this.resource = "/v3/" + fixture.getProperty("ddm.project-id") + "/instances/"
                + fixture.getProperty("ddm.instance-id") + "/backups/metadata-recovery";
        this.token = fixture.getProperty("ddm.auth-token");
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String path = request.getUrl().split("\\?", 2)[0];
        if (request.getMethod().equals(RequestMethod.GET) && path.startsWith(jobPath)) {
            jobs.seen(path.substring(jobPath.length())); // before any stub answers it
        }
        int refusal = jobs.busyTargetStatus();
        if (refusal > 0 && request.getMethod().equals(RequestMethod.POST) && path.equals(resource)
                && token.equals(request.getHeader("X-Auth-Token"))) {
            String target = target(request.getBodyAsString());
            if (target != null && jobs.runningOn(target).isPresent()) {
                return RequestFilterAction.stopWith(JobAnswers.json(refusal, "{\"error_code\":\"DBS.300363\","
                        + "\"error_msg\":\"Pre-check failed: another action is running on the target instance (job "
                        + jobs.runningOn(target).get().id() + ").\"}"));
            }
        }
        return RequestFilterAction.continueWith(request);
    }

    /** target.instance_id of a restore body, or null. */
    static String target(String body) {
        try {
            JsonNode node = JSON.readTree(body).path("target").path("instance_id");
            return node.isString() ? node.stringValue() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
