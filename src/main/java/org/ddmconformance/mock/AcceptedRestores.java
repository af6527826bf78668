package org.ddmconformance.mock;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every 202 to a restore, whichever stub gave it, creates the job its job_id names, before the answer leaves:
 * the client may ask for the job at once.
 */
public final class AcceptedRestores implements ServeEventListener {

    public static final String NAME = "ddm-accepted-restores";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockJobs jobs;

    public AcceptedRestores(MockJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        LoggedResponse response = event.getResponse();
        if (response == null || response.getStatus() != 202 || !event.getRequest().getMethod().equals(RequestMethod.POST)
                || !event.getRequest().getUrl().contains("/backups/metadata-recovery")) {
            return;
        }
        try {
            String body = response.getBodyAsString();
            JsonNode jobId = JSON.readTree(body.startsWith("\uFEFF") ? body.substring(1) : body).path("job_id");
            if (jobId.isString() && !jobId.stringValue().isBlank()) {
                jobs.register(jobId.stringValue(), BusyTarget.target(event.getRequest().getBodyAsString()));
            }
        } catch (RuntimeException notJson) {
            // a 202 without a readable job_id starts no job the mock could show
        }
    }
}
