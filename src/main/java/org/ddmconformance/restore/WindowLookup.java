package org.ddmconformance.restore;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.ddmconformance.http.ExchangeRecorder;
import tools.jackson.databind.JsonNode;

/**
 * Reads the restorable window from Querying the Restoration Time Range: at discovery, and again around the cases at
 * its edges, because the end of a live instance's window advances (it is the latest restorable time).
 */
public final class WindowLookup {

    private WindowLookup() {
    }

    /**
     * @param now when the look-up is made (kept in the window, so a later edge can allow for the time since)
     * @throws RelatedApiException when the API lists no interval with a readable start and end
     */
    public static RestoreWindow lookUp(RelatedApis apis, ExchangeRecorder recorder, Consumer<String> notes,
                                       long now) {
        List<JsonNode> items = apis.list("restorable-time-interval", RelatedApis.WINDOW, Map.of(),
                "restorable_time_intervals", recorder, notes);
        long earliest = Long.MAX_VALUE;
        long latestStart = 0;
        long latestEnd = Long.MIN_VALUE;
        for (JsonNode item : items) {
            OptionalLong start = Times.parse(item.path("start_time"));
            OptionalLong end = Times.parse(item.path("end_time"));
            if (start.isEmpty() || end.isEmpty() || end.getAsLong() < start.getAsLong()) {
                continue;
            }
            earliest = Math.min(earliest, start.getAsLong());
            if (end.getAsLong() > latestEnd) {
                latestStart = start.getAsLong();
                latestEnd = end.getAsLong();
            }
        }
        if (latestEnd == Long.MIN_VALUE) {
            throw new RelatedApiException("restorable-time-interval listed " + items.size() + " window(s), none with "
                    + "a readable start_time and end_time" + (items.isEmpty() ? "" : " (" + items.get(0) + ")"));
        }
        return new RestoreWindow(earliest, latestStart, latestEnd,
                "discovered: restorable-time-interval, " + items.size() + " window(s)", now);
    }
}
