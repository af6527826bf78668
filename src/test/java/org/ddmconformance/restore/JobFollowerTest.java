package org.ddmconformance.restore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobFollowerTest {

    @Test
    void aFrameworks404IsARouteNotFoundButAnErrorCodeNamesAnUnknownJob() {
        assertThat(JobFollower.routeNotFound(404, "<html><body>Not Found</body></html>")).isTrue();
        assertThat(JobFollower.routeNotFound(404, "")).isTrue();
        assertThat(JobFollower.routeNotFound(404, "{\"timestamp\":1,\"status\":404,\"error\":\"Not Found\"}")).isTrue();
        assertThat(JobFollower.routeNotFound(404, "{\"error_code\":\"DBS.300400\",\"error_msg\":\"The task is not "
                + "found.\"}")).isFalse();
        assertThat(JobFollower.routeNotFound(404, "{\"errCode\":\"DBS.300400\",\"externalMessage\":\"x\"}")).isFalse();
        assertThat(JobFollower.routeNotFound(400, "<html></html>")).as("only a 404 says the path is unknown").isFalse();
    }

    @Test
    void jobIdsAreTheSameDashedOrNotInAnyLetterCase() {
        assertThat(JobFollower.sameJob("31B8AE23-C687-4d80-b7b4-42a66c9bb886", "31b8ae23c6874d80b7b442a66c9bb886"))
                .isTrue();
        assertThat(JobFollower.sameJob("31b8ae23c6874d80b7b442a66c9bb886", "31b8ae23c6874d80b7b442a66c9bb887"))
                .isFalse();
    }
}
